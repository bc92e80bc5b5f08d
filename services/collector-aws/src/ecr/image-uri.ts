// <account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag | @digest]
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*?)(?:[:@].*)?$/;
// arn:<partition>:<service>:<region>:<account>:...
const SCOPE_OF_ARN = /^arn:[a-z-]+:[a-z0-9-]+:([a-z0-9-]+):(\d{12}):/;

/**
 * The ECR repository an image is pulled from, when it is one of the account and region of `ownerArn` (the resource
 * using the image); images of other registries (Docker Hub, public ECR, other accounts) are not resources here.
 */
export function ecrRepositoryOfImage(image: string | undefined, ownerArn: string | undefined): string | undefined {
  const match = image === undefined ? null : ECR_IMAGE.exec(image);
  const owner = ownerArn === undefined ? null : SCOPE_OF_ARN.exec(ownerArn);
  if (!match || !owner) return undefined;
  const [, account, region, repository] = match;
  return account === owner[2] && region === owner[1] ? repository : undefined;
}
