/**
 * Builds the pattern for a secret assigned to a name that mentions its provider:
 * `AIRTABLE_TOKEN=…`, `"airtableToken": "…"`, `airtable_token := …`, `var airtableToken string = "…"`,
 * `setProperty("AIRTABLE_TOKEN", "…")`, `<airtableToken>…</airtableToken>`, `$airtableToken .= "…"`.
 *
 * Each piece matches characters its neighbours cannot, so the pattern never backtracks more than
 * a constant amount per position (checked by the ReDoS test).
 *
 * @param name regex source for the provider word(s) in the name, for example `airtable`
 * @param value regex source for the secret itself, for example `[a-z0-9]{17}`
 * @param after regex source that must follow the value (default: not another word character)
 */
export function assignedSecretPattern(
  name: string,
  value: string,
  after = '(?![A-Za-z0-9_])',
): string {
  const nameTail = '[\\w.-]{0,40}';
  const goType = '(?:[ \\t]{1,4}[a-z][a-z0-9\\[\\]*]{0,12})?';
  const closeName = '[\\]"\'`]{0,2}';
  const operator = '[ \\t]{0,5}(?:[:!?+.|]{0,3}=>?|:{1,3}|,|>|\\|\\|)';
  const open = '\\s{0,12}[(\\[]?["\'`]?';
  return `(?:${name})${nameTail}${goType}${closeName}${operator}${open}(?<secret>${value})${after}`;
}

/**
 * Builds the pattern for a token that carries its own provider prefix (`ghp_…`, `xoxb-…`): the
 * whole token is the secret, and it must not be glued to other word characters on either side.
 *
 * @param prefix regex source for the literal prefix, for example `ghp_`
 * @param body regex source for the rest, for example `[A-Za-z0-9]{36}`
 */
export function prefixedTokenPattern(prefix: string, body: string): string {
  return `(?<![A-Za-z0-9_])(?<secret>${prefix}${body})(?![A-Za-z0-9_])`;
}

/**
 * Regex source matching `source` in any letter case without the `i` flag: each ASCII letter
 * outside a character class becomes `[xX]`. Escapes (`\\w`) and classes are kept as they are.
 */
export function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (char === '\\') {
      out += char + source.charAt(i + 1);
      i++;
    } else if (inClass) {
      out += char;
      if (char === ']') inClass = false;
    } else if (char === '[') {
      out += char;
      inClass = true;
    } else if (/[a-z]/i.test(char)) {
      out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
    } else {
      out += char;
    }
  }
  return out;
}
