/** vCPUs and memory (MiB) of the instance types we meet most; others count as unknown (0) in the totals. */
const sizes: Readonly<Record<string, readonly [vcpus: number, memoryMiB: number]>> = {
  't2.micro': [1, 1024],
  't2.small': [1, 2048],
  't2.medium': [2, 4096],
  't3.nano': [2, 512],
  't3.micro': [2, 1024],
  't3.small': [2, 2048],
  't3.medium': [2, 4096],
  't3.large': [2, 8192],
  't3.xlarge': [4, 16384],
  't3.2xlarge': [8, 32768],
  't4g.micro': [2, 1024],
  't4g.small': [2, 2048],
  't4g.medium': [2, 4096],
  'm5.large': [2, 8192],
  'm5.xlarge': [4, 16384],
  'm5.2xlarge': [8, 32768],
  'm5.4xlarge': [16, 65536],
  'm6g.large': [2, 8192],
  'm6g.xlarge': [4, 16384],
  'm6i.large': [2, 8192],
  'm6i.xlarge': [4, 16384],
  'c5.large': [2, 4096],
  'c5.xlarge': [4, 8192],
  'c5.2xlarge': [8, 16384],
  'c6g.large': [2, 4096],
  'r5.large': [2, 16384],
  'r5.xlarge': [4, 32768],
  'r6g.large': [2, 16384],
};

export interface InstanceSize {
  vcpus: number;
  memoryBytes: number;
}

export function instanceSize(instanceType: string): InstanceSize | undefined {
  const size = sizes[instanceType];
  return size ? { vcpus: size[0], memoryBytes: size[1] * 1024 * 1024 } : undefined;
}
