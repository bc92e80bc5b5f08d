import { describe, expect, it } from '@jest/globals';
import { classifyAddress } from './webhook-address.js';

describe('classifyAddress', () => {
  it.each([
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fd00:ec2::254', 'cloud metadata (AWS)'],
    ['100.100.100.200', 'cloud metadata (Alibaba)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:169.254.169.254', 'IPv4-mapped 169.254.169.254, link-local'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped 169.254.169.254, link-local'],
    ['0:0:0:0:0:ffff:a9fe:a9fe', 'IPv4-mapped 169.254.169.254, link-local'],
    ['::ffff:0.0.0.0', 'IPv4-mapped 0.0.0.0, unspecified'],
    ['64:ff9b::169.254.169.254', 'NAT64 169.254.169.254, link-local'],
    ['2002:a9fe:a9fe::1', '6to4 169.254.169.254, link-local'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
  ])('refuses %s (%s) always', (address, description) => {
    const verdict = classifyAddress(address);
    expect(verdict.class).toBe('refused');
    expect(verdict.description).toContain(description);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'IPv4-mapped 127.0.0.1, loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:10.1.2.3', 'IPv4-mapped 10.1.2.3, private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fd00:ec2::253', 'unique local'],
  ])('counts %s as %s (allowed only with allowPrivateNetworks)', (address, description) => {
    const verdict = classifyAddress(address);
    expect(verdict.class).toBe('private');
    expect(verdict.description).toContain(description);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700::1111',
    '::ffff:1.1.1.1',
  ])('counts %s as public', (address) => {
    expect(classifyAddress(address).class).toBe('public');
  });
});
