/**
 * Runs once per `vitest run`: makes the stand-in sites' certificate and hands its directory to
 * the test files (each runs in its own worker) through an environment variable, which workers
 * inherit. Removed again at the end.
 */
import { rmSync } from 'node:fs';
import { CERT_DIR_ENV, makeCerts } from './certs';

export default function setup(): () => void {
  const { dir } = makeCerts();
  process.env[CERT_DIR_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
