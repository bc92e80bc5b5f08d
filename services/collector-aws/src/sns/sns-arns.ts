/** The topic name an SNS ARN names (`arn:aws:sns:<region>:<account>:<topic>[:<subscription id>]`). */
export function topicNameOf(arn: string | undefined): string | undefined {
  const name = arn?.split(':')[5];
  return name === '' ? undefined : name;
}
