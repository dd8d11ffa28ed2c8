import type { FileDetector } from '../../types.js';
import { isBinaryContent, isJceks, isJks, isPkcs12 } from './keystore-formats.js';

// A committed key store is a leak in itself: it holds private keys, and its password is often a
// default or sits next to it in the repository. gitleaks' default rules flag PKCS#12 files by
// path; these detectors also confirm the format from the bytes, so an empty placeholder or a
// text file with such a name is not reported.

/** PKCS#12 files (`.p12`, `.pfx`): client certificates, code signing and TLS keys. */
const pkcs12File: FileDetector = {
  kind: 'file',
  id: 'pkcs12-file',
  description: 'PKCS#12 key store file (.p12, .pfx) holding private keys',
  secretType: 'PKCS#12 Key Store',
  provider: 'pkcs12',
  strength: 'prefixed',
  extensions: ['p12', 'pfx'],
  recognize: (content) => (isPkcs12(content) ? 'PKCS#12 key store' : undefined),
  fileExamples: {
    positive: [
      { path: 'certs/client.p12', hex: '30 82 09 cf 02 01 03 30 82 09 85 06 09' },
      { path: 'signing/Release.PFX', hex: '30 80 02 01 03 30 80 06 09' },
      { path: 'small.p12', hex: '30 81 f0 02 01 03' },
    ],
    negative: [
      { path: 'certs/empty.p12', hex: '' },
      { path: 'certs/placeholder.pfx', hex: '72 65 70 6c 61 63 65 20 6d 65 0a' },
      { path: 'certs/version2.p12', hex: '30 82 09 cf 02 01 02 30' },
      { path: 'certs/store.jks.p12', hex: 'fe ed fe ed 00 00 00 02' },
      { path: 'certs/client.p12.txt', hex: '30 82 09 cf 02 01 03 30' },
    ],
  },
};

/** Java key stores: JKS and JCEKS by magic, PKCS#12 by DER header, BouncyCastle's by name. */
const javaKeystoreFile: FileDetector = {
  kind: 'file',
  id: 'java-keystore-file',
  description: 'Java key store file (.jks, .jceks, .keystore, .bks) holding private keys',
  secretType: 'Java Key Store',
  provider: 'java',
  strength: 'prefixed',
  extensions: ['jks', 'jceks', 'keystore', 'bks', 'bcfks', 'uber'],
  recognize: (content, extension) => {
    if (isJks(content)) return 'JKS key store';
    if (isJceks(content)) return 'JCEKS key store';
    // keytool writes PKCS#12 by default since Java 9, whatever the file is called.
    if (isPkcs12(content)) return 'PKCS#12 key store';
    // BKS, BCFKS and UBER have no magic; `.keystore` may hold any of them (Android).
    if (extension === 'jks' || extension === 'jceks' || !isBinaryContent(content)) return undefined;
    return extension === 'keystore' ? 'key store' : `${extension.toUpperCase()} key store`;
  },
  fileExamples: {
    positive: [
      { path: 'android/app/release.jks', hex: 'fe ed fe ed 00 00 00 02 00 00 00 01' },
      { path: 'conf/secrets.jceks', hex: 'ce ce ce ce 00 00 00 02 00 00 00 01' },
      { path: 'debug.keystore', hex: '30 82 03 d6 02 01 03 30 82 03 80' },
      { path: 'home/.keystore', hex: 'fe ed fe ed 00 00 00 02' },
      { path: 'res/raw/truststore.bks', hex: '00 00 00 02 00 00 00 14 5a 11' },
      { path: 'legacy/app.keystore', hex: '00 00 00 01 00 00 00 14 7b 02' },
    ],
    negative: [
      { path: 'app/empty.jks', hex: '' },
      { path: 'app/notes.keystore', hex: '6b 65 79 73 74 6f 72 65 0a' },
      { path: 'app/bks-named.jks', hex: '00 00 00 02 00 00 00 14 5a 11' },
      { path: 'app/version9.jks', hex: 'fe ed fe ed 00 00 00 09' },
      { path: 'app/store.bks', hex: '62 6b 73 0a' },
      { path: 'app/keystore.md', hex: 'fe ed fe ed 00 00 00 02' },
    ],
  },
};

/** Key store file detectors, in registry order. */
export const keystoreDetectors: FileDetector[] = [pkcs12File, javaKeystoreFile];
