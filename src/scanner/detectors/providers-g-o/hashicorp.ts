import type { CodeDetector, PatternDetector, RawMatch, Segment } from '../../types.js';
import { prefixed } from './shared.js';

// Terraform Cloud / Enterprise API tokens: 14 characters, `.atlasv1.`, then ~67 more
// (developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens).

const hclPath = /\.(?:tf|tfvars|hcl)$/i;
const hclBlock =
  /^[ \t]{0,8}(?:resource|provider|module|data|variable|locals)[ \t]{1,4}(?:"[\w.-]{1,64}"[ \t]{0,4}){0,2}\{/m;
const hclWord = /(?:resource|provider|module|data|variable|locals)[ \t]{1,4}["{]/;
const passwordAssignment =
  /(?<![A-Za-z0-9_])[A-Za-z0-9_]{0,40}password[ \t]{0,20}=[ \t]{0,20}"(?<secret>[^"\s$\\]{4,128})"/dg;

/**
 * Whether a file is Terraform / HCL: by its extension, or by a top-level HCL block (the detector's
 * file gate, asked once per file). Unanchored first: the line-anchored, multi-line pattern is slow
 * over a large text.
 */
function isHcl(text: string, path: string): boolean {
  return hclPath.test(path) || (hclWord.test(text) && hclBlock.test(text));
}

/** A literal password written in a Terraform / HCL file (`administrator_login_password = "…"`). */
const terraformPassword: CodeDetector = {
  id: 'hashicorp-tf-password',
  description: 'Hard-coded password in a Terraform / HCL file',
  secretType: 'Terraform Password',
  provider: 'hashicorp',
  strength: 'contextual',
  keywords: [],
  // Only where the assignment below can start: `password` is in most source files, `password =`
  // in few, so the file gate is rarely asked.
  trigger: 'password[ \\t]{0,20}=',
  minEntropy: 2.5,
  fileGate: isHcl,
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect(segment: Segment): RawMatch[] {
    const slice = segment.text.slice(segment.start, segment.end);
    const matches: RawMatch[] = [];
    passwordAssignment.lastIndex = 0;
    for (const match of slice.matchAll(passwordAssignment)) {
      const span = match.indices?.groups?.secret;
      if (!span) continue;
      matches.push({
        start: segment.start + span[0],
        end: segment.start + span[1],
        secret: match.groups?.secret ?? '',
      });
    }
    return matches;
  },
  examples: {
    positive: [
      'resource "azurerm_mssql_server" "db" {\n  administrator_login_password = "{an:16}"\n}',
      'provider "grafana" {\n  password       = "{an:12}"\n}',
    ],
    negative: [
      'resource "aws_db_instance" "db" {\n  password = var.db_password\n}',
      'resource "aws_db_instance" "db" {\n  password = "${random_password.db.result}"\n}',
    ],
  },
};

/** Terraform Cloud API tokens and hard-coded Terraform passwords. */
export const hashicorpDetectors: (PatternDetector | CodeDetector)[] = [
  prefixed({
    id: 'hashicorp-tf-api-token',
    description: 'Terraform Cloud / Enterprise API token',
    secretType: 'Terraform Cloud API Token',
    provider: 'hashicorp',
    keywords: ['.atlasv1.'],
    prefix: '',
    body: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
    pattern:
      '(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])',
    positive: [
      'TF_TOKEN_app_terraform_io={an:14}.atlasv1.{b64u:67}',
      'token = "{an:14}.atlasv1.{an:67}"',
    ],
    negative: ['{an:14}.atlasv1.{an:20}', '{an:10}.atlasv1.{an:67}'],
  }),
  terraformPassword,
];
