/**
 * A self-signed certificate for every stand-in host. Browsers are told to ignore certificate
 * errors anyway (--ignore-certificate-errors, acceptInsecureCerts), but a certificate whose SAN
 * matches keeps the TLS path as close to the real sites as possible.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STAND_IN_DOMAINS } from './hosts';

export interface Certs {
  dir: string;
  certPath: string;
  keyPath: string;
  cert: Buffer;
  key: Buffer;
}

/** Set by the vitest globalSetup so every test file (each in its own worker) reuses one pair. */
export const CERT_DIR_ENV = 'LETTING_GO_E2E_CERT_DIR';

let cached: Certs | undefined;

function read(dir: string): Certs {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  return { dir, certPath, keyPath, cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

/** Makes a new key and certificate in `dir` (a fresh temp dir by default). */
export function makeCerts(dir = mkdtempSync(join(tmpdir(), 'letting-go-certs-'))): Certs {
  const san = [
    ...STAND_IN_DOMAINS.flatMap((d) => [`DNS:${d}`, `DNS:*.${d}`]),
    'DNS:localhost',
    'IP:127.0.0.1',
  ].join(',');
  const config = join(dir, 'openssl.cnf');
  // A config file rather than -addext keeps the long SAN list out of argv and works on every
  // OpenSSL 1.1+/3.x.
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = letting-go stand-in sites',
      '[ext]',
      `subjectAltName = ${san}`,
      'basicConstraints = critical, CA:false',
      'keyUsage = critical, digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      '',
    ].join('\n'),
  );
  // An EC key takes milliseconds to make; RSA 2048 takes noticeably longer.
  execFileSync(
    'openssl',
    [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-days', '30', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-config', config,
    ],
    { stdio: 'pipe' },
  );
  return read(dir);
}

/**
 * The run's certificate: the one globalSetup made (env var), else one made once per process.
 */
export function getCerts(): Certs {
  if (cached) return cached;
  const dir = process.env[CERT_DIR_ENV];
  if (dir && existsSync(join(dir, 'cert.pem')) && existsSync(join(dir, 'key.pem'))) {
    cached = read(dir);
  } else {
    const made = makeCerts();
    cached = made;
    process.env[CERT_DIR_ENV] = made.dir;
    // Outside vitest (a script using the harness) nobody else cleans up.
    process.once('exit', () => rmSync(made.dir, { recursive: true, force: true }));
  }
  return cached;
}
