import { type Reflection, reflections as allReflections } from '../../content/reflections';
import { markShown, pickReflection, readRotation } from '../../lib/reflection-rotation';
import { rotationItem } from './keys';
import { withLock } from './locks';

/**
 * Picks the next reflection and records it in one step, under the lock: for a pause opened in a
 * background tab (several opened at once each take the next one in turn), which no one is
 * waiting to see. A rotation that cannot be saved (a full storage) still gives a reflection.
 */
export function takeNextReflection(reflections: readonly Reflection[], random: () => number = Math.random): Promise<Reflection> {
  return withLock('rotation', async () => {
    const next = pickReflection(reflections, readRotation(await rotationItem.getValue()), random);
    await rotationItem.setValue(next.state).catch(() => undefined);
    return next.reflection;
  });
}

/**
 * Records that a pause showed `shown`, under the lock every writer of the rotation takes. The
 * pause picks its reflection from the values it reads as it opens (lib/reflection-rotation.ts
 * `pickReflection`), draws, and records after: waiting for the lock first cost the first frame
 * up to 20 ms. (A pause in a background tab takes its reflection under the lock instead:
 * `takeNextReflection`.) A rotation that cannot be saved (a full storage) only means a reflection may
 * come round again sooner.
 */
export function recordReflectionShown(shown: string, reflections: readonly Reflection[] = allReflections): Promise<void> {
  return withLock('rotation', async () => {
    await rotationItem.setValue(markShown(reflections, readRotation(await rotationItem.getValue()), shown)).catch(() => undefined);
  });
}
