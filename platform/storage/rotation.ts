import { type Reflection } from '../../content/reflections';
import { markShown, readRotation } from '../../lib/reflection-rotation';
import { rotationItem } from './keys';
import { withLock } from './locks';

/**
 * Records that a pause showed `shown`, under the lock every writer of the rotation takes. The
 * pause picks its reflection from the values it reads as it opens (lib/reflection-rotation.ts
 * `pickReflection`), draws, and records after: waiting for the lock first cost the first frame
 * up to 20 ms. A rotation that cannot be saved (a full storage) only means a reflection may
 * come round again sooner.
 */
export function recordReflectionShown(reflections: readonly Reflection[], shown: string): Promise<void> {
  return withLock('rotation', async () => {
    await rotationItem.setValue(markShown(reflections, readRotation(await rotationItem.getValue()), shown)).catch(() => undefined);
  });
}
