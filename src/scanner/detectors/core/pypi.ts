import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// API tokens: https://pypi.org/help/#apitoken and https://warehouse.pypa.io/development/token-scanning.html
// `pypi-` then a base64url macaroon whose first bytes encode the issuing index: `AgEIcHlwaS5vcmc`
// (pypi.org) or `AgENdGVzdC5weXBpLm9yZw` (test.pypi.org).

/** PyPI and TestPyPI upload tokens. */
export const pypiDetectors: PatternDetector[] = [
  {
    id: 'pypi-upload-token',
    description: 'PyPI upload token',
    secretType: 'PyPI Token',
    provider: 'pypi',
    strength: 'prefixed',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: prefixedTokenPattern(
      'pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)',
      '[A-Za-z0-9_-]{50,1000}',
    ).replace('(?![A-Za-z0-9_])', '(?![A-Za-z0-9_-])'),
    examples: {
      positive: [
        'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc{b64u:160}',
        '[testpypi]\npassword = pypi-AgENdGVzdC5weXBpLm9yZw{b64u:150}',
      ],
      negative: ['pypi-AgEIcHlwaS5vcmc{an:20}', 'pypi-AgEIcHlwaS5vcmd{an:100}'],
    },
  },
];
