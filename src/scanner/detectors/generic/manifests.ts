import type { CodeDetector, RawMatch, Segment } from '../../types.js';
import { rawMatch } from './util.js';

function documentAround(text: string, at: number): string {
  const separator = /^---[ \t]*$/gm;
  let start = 0;
  let end = text.length;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(text)) !== null) {
    if (match.index <= at) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

// YAML breaks lines only at \r and \n (not at U+2028 as a multi-line `$` does). A `data:` on the
// last line has no entries under it.
const dataLine = /^([ \t]*)(data|stringData):[ \t]*(?=[\r\n])/gm;
/**
 * Where a `data:` line can start a Secret's entries; the trigger picks only such lines. `Data:`
 * covers `stringData:` and shares its first bytes with `data:` (the prefilter's hash looks at
 * four), where `stringData:` would stop at every `string`.
 */
const dataLineTrigger = 'data:[ \\t]*[\\r\\n]|Data:[ \\t]*[\\r\\n]';
const kindSecret = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im;

/**
 * Whether a Secret's `kind` line is anywhere in the text: the document around a `data:` line is
 * part of it, so without one no segment can hold a finding (the detector's file gate, asked once
 * per file). Unanchored first: the line-anchored, multi-line pattern is slow over a large text.
 */
const hasSecretKind = (text: string): boolean =>
  /kind:[ \t]*["']?secret/i.test(text) && kindSecret.test(text);

function base64Value(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  return Buffer.from(value, 'base64').length >= 6;
}

// Kubernetes Secret objects keep values base64-encoded (not encrypted) under `data`:
// https://kubernetes.io/docs/concepts/configuration/secret/
function detectKubernetes(segment: Segment): RawMatch[] {
  const { text } = segment;
  const out: RawMatch[] = [];
  const slice = text.slice(segment.start, segment.end);
  dataLine.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = dataLine.exec(slice)) !== null) {
    const at = segment.start + match.index;
    if (!kindSecret.test(documentAround(text, at))) continue;
    const indent = (match[1] as string).length;
    const plain = match[2] === 'stringData';
    let pos = text.indexOf('\n', at);
    while (pos !== -1 && pos < segment.end) {
      const lineStart = pos + 1;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      pos = lineEnd === text.length ? -1 : lineEnd;
      if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
      const lineIndent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (lineIndent <= indent) break;
      const entry = /^[ \t]*[\w.-]{1,200}:[ \t]*(["']?)([^"'\s#]{1,10000})\1[ \t]*$/.exec(line);
      const blockValue = /^[ \t]*[\w.-]{1,200}:[ \t]*[|>][-+]?[ \t]*$/.test(line);
      if (blockValue && lineEnd < text.length) {
        const next = /^[ \t]+([A-Za-z0-9+/]{16,}={0,2})[ \t]*\r?$/m.exec(
          text.slice(lineEnd + 1, lineEnd + 20000),
        );
        if (next && next.index === 0 && lineStart < segment.end) {
          const value = next[1] as string;
          out.push(rawMatch(lineEnd + 1 + next[0].indexOf(value), value));
        }
      } else if (entry) {
        const value = entry[2] as string;
        if (plain ? value.length >= 8 : base64Value(value)) {
          out.push(rawMatch(lineStart + line.lastIndexOf(value), value));
        }
      }
    }
  }
  return out;
}

/** Values under `data` in Kubernetes Secret manifests: base64 is an encoding, not protection. */
export const kubernetesSecretDetector: CodeDetector = {
  id: 'kubernetes-secret',
  description: 'Value in the data of a Kubernetes Secret manifest',
  secretType: 'Kubernetes Secret',
  provider: 'kubernetes',
  strength: 'contextual',
  keywords: [],
  trigger: dataLineTrigger,
  contextLines: 60,
  fileGate: hasSecretKind,
  detect: detectKubernetes,
  examples: {
    positive: [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {an:24}',
      'apiVersion: v1\ndata:\n  token: "{an:32}"\nkind: Secret\ntype: Opaque',
    ],
    negative: [
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  value: {an:24}',
      'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.password }}',
    ],
  },
};

// NuGet stores feed credentials in nuget.config; `ClearTextPassword` is unencrypted:
// https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
const nugetPassword =
  /<add[ \t]{1,10}key=["'](?:ClearText)?Password["'][ \t]{1,10}value=["']([^"'<>]{1,500})["'][ \t]{0,10}\/?>/gi;
/** Values from the NuGet documentation's own examples. */
const nugetDocExamples = new Set(['33f!!lloppa', 'hal+9ooo_da!sY']);

const credentialsTag = '<packageSourceCredentials>';
const nugetConfigPath = /(?:^|\/)nuget\.config$/i;

/**
 * Whether a `<packageSourceCredentials>` starts in the 5,000 characters up to the segment: only
 * that window is searched, not the whole text before it for every segment.
 */
function nearCredentialsBlock({ text, start }: Segment): boolean {
  const from = Math.max(0, start - 4999);
  return text.slice(from, start + credentialsTag.length).includes(credentialsTag);
}

/** Clear-text package source passwords in nuget.config files. */
export const nugetPasswordDetector: CodeDetector = {
  id: 'nuget-config-password',
  description: 'Clear-text password in a nuget.config package source',
  secretType: 'NuGet Config Password',
  provider: 'nuget',
  strength: 'contextual',
  keywords: ['password'],
  // No file gate: `detect` itself looks for the credentials block before each segment, which
  // a gate over the whole text would only repeat.
  reach: { before: 5000, after: 0 },
  detect: (segment) => {
    if (!nugetConfigPath.test(segment.path) && !nearCredentialsBlock(segment)) return [];
    const out: RawMatch[] = [];
    const slice = segment.text.slice(segment.start, segment.end);
    nugetPassword.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = nugetPassword.exec(slice)) !== null) {
      const value = match[1] as string;
      if (nugetDocExamples.has(value) || value.length < 6) continue;
      out.push(rawMatch(segment.start + match.index + match[0].lastIndexOf(value), value));
    }
    return out;
  },
  examples: {
    positive: [
      '<packageSourceCredentials>\n  <Feed>\n    <add key="ClearTextPassword" value="{an:16}" />',
      '<packageSourceCredentials><Feed><add key="Password" value="{an:12}{d:4}" /></Feed>',
    ],
    negative: ['<add key="ClearTextPassword" value="%FEED_PASSWORD%" />'],
  },
};
