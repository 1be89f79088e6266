import { type Reflection } from '../../content/reflections';
import { pickReflection, readRotation } from '../../lib/reflection-rotation';
import { rotationItem } from './keys';
import { withLock } from './locks';

/**
 * The next reflection for a pause, under a lock: several pause tabs opening at once each take the
 * next one in turn. A rotation that cannot be saved (a full storage) still gives a reflection.
 */
export async function nextReflection(reflections: readonly Reflection[], random: () => number = Math.random): Promise<Reflection> {
  return withLock('rotation', async () => {
    const next = pickReflection(reflections, readRotation(await rotationItem.getValue()), random);
    await rotationItem.setValue(next.state).catch(() => undefined);
    return next.reflection;
  });
}
