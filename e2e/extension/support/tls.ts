/**
 * A self-signed certificate for the tools' hostnames, made at test time with openssl. The
 * browser trusts exactly this key (`--ignore-certificate-errors-spki-list`), so the fixture
 * pages load over real HTTPS, which the adapters' match patterns require.
 */
import { spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SelfSignedCert {
  key: string;
  cert: string;
  /** Base64 SHA-256 of the certificate's public key, the form Chromium's SPKI allow-list takes. */
  spkiHash: string;
}

export function selfSignedCert(hostnames: readonly string[]): SelfSignedCert {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-e2e-tls-'));
  try {
    const [keyFile, certFile] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const san = hostnames.map((name) => `DNS:${name}`).join(',');
    const { status, stderr } = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=sightline-e2e', '-addext', `subjectAltName=${san}`, '-keyout', keyFile, '-out', certFile],
      { encoding: 'utf8' },
    );
    if (status !== 0) throw new Error(`openssl could not make the test certificate (exit ${status}): ${stderr}`);
    const cert = readFileSync(certFile, 'utf8');
    const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key: readFileSync(keyFile, 'utf8'), cert, spkiHash: createHash('sha256').update(spki).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
