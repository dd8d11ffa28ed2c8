import { isFileDetector } from '../compile.js';
import type { Detector, DetectorStrength } from '../types.js';

/** How often a strength's matches are real secrets, in GitHub code scanning's terms. */
const precisionOf: Record<DetectorStrength, string> = {
  prefixed: 'very-high',
  contextual: 'high',
  generic: 'medium',
};

/**
 * GitHub reads `security-severity` as a score: 7.0 to 8.9 is high, 4.0 to 6.9 medium. A leaked
 * credential is high; a guess by a generic detector is medium until someone looks.
 */
const severityOf: Record<DetectorStrength, string> = {
  prefixed: '8.9',
  contextual: '7.5',
  generic: '5.0',
};

/** A SARIF `reportingDescriptor` for a detector, with the help text GitHub shows next to alerts. */
export function sarifRule(detector: Detector) {
  const summary = `${detector.description} (${detector.secretType}).`;
  return {
    id: detector.id,
    name: toRuleName(detector.id),
    shortDescription: { text: truncate(detector.description, 1024) },
    fullDescription: { text: truncate(`Detects a ${summary}`, 1024) },
    help: { text: helpText(detector, 'text'), markdown: helpText(detector, 'markdown') },
    defaultConfiguration: { level: 'error' },
    properties: {
      // GitHub keeps at most 20 tags per rule (shows 10); these are 3 or 4.
      tags: [
        'security',
        'secret',
        detector.provider,
        ...(detector.strength === 'generic' ? ['heuristic'] : []),
      ],
      precision: precisionOf[detector.strength],
      'security-severity': severityOf[detector.strength],
    },
  };
}

function helpText(detector: Detector, format: 'text' | 'markdown'): string {
  const code = (text: string) => (format === 'markdown' ? `\`${text}\`` : text);
  const title = format === 'markdown' ? `**${detector.description}**` : detector.description;
  if (isFileDetector(detector))
    return [
      `${title} (${detector.secretType}, detector ${code(detector.id)}).`,
      '',
      'A committed key store is a leak in itself: treat every private key in it as exposed. Revoke the certificates and keys it holds and issue new ones, ' +
        'keep the new store in a secret store (load it at build or run time), delete the file, and remove it from the git history if the repository is shared.',
      '',
      `If it is meant to be there (a test fixture with throwaway keys): a binary file cannot carry a ${code('pragma: allowlist secret')} comment, ` +
        `so accept it into the baseline (${code('secrets-action scan --baseline .secrets.baseline')}, which records the SHA-1 of its bytes) ` +
        `or list its path under ${code('exclude-files')} in ${code('.secrets-action.yaml')}.`,
    ].join('\n');
  return [
    `${title} (${detector.secretType}, detector ${code(detector.id)}).`,
    '',
    'If it is a real credential: revoke or rotate it with its provider first (removing it from the code does not un-leak it), ' +
      'then load it at run time from a secret store or an environment variable, and remove it from the git history if the repository is shared.',
    '',
    `If it is not a secret: add ${code('pragma: allowlist secret')} in a comment on the line, ` +
      `or list a regex for it under ${code('exclude-secrets')} or ${code('exclude-lines')} in ${code('.secrets-action.yaml')}.`,
  ].join('\n');
}

/** GitHub limits a rule name to 255 characters; ids are far shorter. */
function toRuleName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .slice(0, 255);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
