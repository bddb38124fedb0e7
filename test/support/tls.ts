import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Certificates for a TLS test server: a CA, a server certificate it signed, and a stranger CA. */
export interface TestCertificates {
  caFile: string;
  certFile: string;
  keyFile: string;
  /** A CA that signed nothing here (verification against it must fail). */
  otherCaFile: string;
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/** Makes the files with the openssl command (Debian's postgresql pulls it in through ssl-cert). */
export function makeCertificates(dir: string, serverName = 'localhost'): TestCertificates {
  fs.mkdirSync(dir, { recursive: true });
  const subj = (cn: string) => ['-subj', `/CN=${cn}`];
  for (const ca of ['ca', 'other-ca']) {
    openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', `${ca}.key`, '-out', `${ca}.pem`, ...subj(`Sverka test ${ca}`)], dir);
  }
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', ...subj(serverName)], dir);
  fs.writeFileSync(path.join(dir, 'ext.cnf'), `subjectAltName=DNS:${serverName}\n`);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-out', 'server.pem', '-extfile', 'ext.cnf'], dir);
  fs.chmodSync(path.join(dir, 'server.key'), 0o600);
  return {
    caFile: path.join(dir, 'ca.pem'),
    certFile: path.join(dir, 'server.pem'),
    keyFile: path.join(dir, 'server.key'),
    otherCaFile: path.join(dir, 'other-ca.pem'),
  };
}
