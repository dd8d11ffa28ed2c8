const allowlistSameLine = /pragma:\s*allowlist[ -]secret|gitleaks:allow|secrets-action:allow/i;
const allowlistNextLine = /pragma:\s*allowlist[ -]nextline[ -]secret/i;

/**
 * Whether an inline comment allowlists the secret on `line`: detect-secrets' `pragma: allowlist
 * secret` (in any comment style, since only the text is matched), `pragma: allowlist nextline
 * secret` on the previous line, or gitleaks' `gitleaks:allow`.
 */
export function isAllowlistedByPragma(line: string, previousLine: string | undefined): boolean {
  if (allowlistSameLine.test(line)) return true;
  return previousLine !== undefined && allowlistNextLine.test(previousLine);
}
