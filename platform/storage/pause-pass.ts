import { readPass } from '../../lib/pause-request';
import { pausePassItem } from './keys';
import { withLock } from './locks';

export async function loadPausePass(): Promise<string> {
  return readPass(await pausePassItem.getValue());
}

/** The pass, made now if there is none yet (a new install, or after "Delete everything"). */
export async function ensurePausePass(): Promise<string> {
  return withLock('pause-pass', async () => {
    const stored = readPass(await pausePassItem.getValue());
    if (stored !== '') return stored;
    const pass = crypto.randomUUID();
    await pausePassItem.setValue(pass);
    return pass;
  });
}
