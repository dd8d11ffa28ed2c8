/** An error the local Secrets Manager answers with: the AWS error code, a message, a status. */
export class AwsFault extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}
