import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealForGitHub } from '../../../src/sync/github/seal.js';
import { plantedValue } from './fixture.js';

// The pattern GitHub's OpenAPI description gives `encrypted_value`: standard base64 only.
const base64Original =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/;

describe('sealForGitHub', () => {
  let pair: { publicKey: Uint8Array; privateKey: Uint8Array };
  let publicKey: string;
  beforeAll(async () => {
    await sodium.ready;
    pair = sodium.crypto_box_keypair();
    publicKey = sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL);
  });

  const open = (sealed: string): string =>
    sodium.to_string(
      sodium.crypto_box_seal_open(
        sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL),
        pair.publicKey,
        pair.privateKey,
      ),
    );

  it('seals so that only the private key opens it, in standard base64', async () => {
    const value = `${plantedValue()}\nline two ✓ ${'x'.repeat(300)}`;
    const sealed = await sealForGitHub(publicKey, value);
    expect(sealed).toMatch(base64Original);
    expect(open(sealed)).toBe(value);
    // 32-byte ephemeral key + 16-byte tag: 48 bytes of overhead.
    expect(Buffer.from(sealed, 'base64').length).toBe(Buffer.byteLength(value) + 48);
  });

  it('never gives the same ciphertext twice', async () => {
    const value = plantedValue();
    const [a, b] = await Promise.all([
      sealForGitHub(publicKey, value),
      sealForGitHub(publicKey, value),
    ]);
    expect(a).not.toBe(b);
    expect(open(a ?? '')).toBe(value);
    expect(open(b ?? '')).toBe(value);
  });

  it('keeps an empty value empty', async () => {
    expect(open(await sealForGitHub(publicKey, ''))).toBe('');
  });
});
