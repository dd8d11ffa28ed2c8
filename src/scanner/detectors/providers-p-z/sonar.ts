import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';
import { anyCase, contextualDetector } from './helpers.js';

// SonarQube / SonarCloud tokens are 40 hex characters; since SonarQube 9.5 they carry `squ_`
// (user), `sqp_` (project analysis) or `sqa_` (global analysis)
// (https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/).
/** SonarQube / SonarCloud tokens, prefixed or assigned to a sonar name. */
export const sonarDetectors: PatternDetector[] = [
  {
    id: 'sonar-prefixed-token',
    description: 'SonarQube user, project or global analysis token',
    secretType: 'SonarQube Token',
    provider: 'sonar',
    strength: 'prefixed',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: prefixedTokenPattern('sq[upa]_', '[a-fA-F0-9]{40}'),
    examples: {
      positive: ['SONAR_TOKEN=squ_{hex:40}', 'sonar.token=sqp_{hex:40}', 'token: "sqa_{hex:40}"'],
      negative: ['squ_{hex:32}', 'sqx_{hex:40}'],
    },
  },
  contextualDetector({
    id: 'sonar-api-token',
    description: 'SonarQube / SonarCloud token (unprefixed)',
    secretType: 'SonarQube Token',
    provider: 'sonar',
    name: anyCase('sonar'),
    value: '(?:sq[upa]_)?[A-Za-z0-9]{40}',
    keywords: ['sonar'],
    minEntropy: 3,
    positive: ['SONAR_TOKEN={hex:40}', 'sonar.login={hex:40}', 'SONAR_TOKEN=squ_{an:39}G'],
    negative: ['sonar_ref: {hex:32}', 'sonar.projectKey=my-project'],
  }),
];
