/**
 * Extensions of formats that hold no reviewable text: skipped without reading, and reported as
 * binary. Text formats that happen to be generated (lock files, minified code) are still read.
 * Key stores (`p12 pfx jks keystore`) are listed too, but a file detector that is on claims them
 * first and judges their bytes (`SecretScanner.claimsWholeFile`); only the rest are skipped.
 */
const binaryExtensions = new Set(
  (
    'png jpg jpeg gif bmp ico icns tif tiff webp avif heic psd svgz ' +
    'mp3 mp4 m4a m4v mov avi mkv webm wav flac ogg oga ogv opus aac wma wmv ' +
    'zip gz tgz bz2 xz zst 7z rar tar jar war ear apk aab ipa whl egg nupkg deb rpm dmg iso msi cab ' +
    'exe dll so dylib a lib o obj ko elf bin class pyc pyo pyd wasm node dex ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp epub mobi ' +
    'ttf otf woff woff2 eot ' +
    'sqlite sqlite3 db mdb accdb parquet avro orc feather npy npz pkl pickle h5 hdf5 onnx pt pth ckpt safetensors tflite ' +
    'glb fbx blend 3ds stl dds ktx ' +
    'pack idx keystore jks p12 pfx der'
  ).split(' '),
);

/** Whether a path's extension names a binary format. */
export function hasBinaryExtension(path: string): boolean {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  if (dot <= slash + 1) return false;
  return binaryExtensions.has(path.slice(dot + 1).toLowerCase());
}

/** How much of a file is examined for NUL bytes, as git does to call a file binary. */
const sniffLength = 8000;

/** Whether content looks binary: a NUL byte near the start. */
export function looksBinary(content: Uint8Array): boolean {
  return content.subarray(0, sniffLength).includes(0);
}
