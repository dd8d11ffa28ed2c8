/**
 * Sealing a value for GitHub: libsodium's `crypto_box_seal` with the public key of the exact
 * target scope, in standard base64 (libsodium-wrappers defaults to URL-safe, which GitHub rejects).
 */
import sodium from 'libsodium-wrappers';

let ready: Promise<void> | undefined;

/** Seals `plaintext` with a scope's base64 public key; the result is the PUT's `encrypted_value`. */
export async function sealForGitHub(publicKey: string, plaintext: string): Promise<string> {
  await (ready ??= sodium.ready);
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
  const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), key);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
