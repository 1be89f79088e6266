import { type Reflection } from '../../content/reflections';
import { pickReflection, readRotation } from '../../lib/reflection-rotation';
import { rotationItem } from './keys';
import { withLock } from './locks';

/**
 * The next reflection for a pause, under a lock: several pause tabs opening at once each take the
 * next one in turn. It is known as soon as it is picked, while the lock is held until the turn is
 * saved: the page need not wait for the write to be drawn. A rotation that cannot be saved (a full
 * storage) still gives a reflection.
 */
export function nextReflection(reflections: readonly Reflection[], random: () => number = Math.random): Promise<Reflection> {
  return new Promise((resolve, reject) => {
    withLock('rotation', async () => {
      const next = pickReflection(reflections, readRotation(await rotationItem.getValue()), random);
      resolve(next.reflection);
      await rotationItem.setValue(next.state).catch(() => undefined);
    }).catch(reject);
  });
}
