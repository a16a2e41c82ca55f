// Site settings: defaults that build without any config, a validated base URL, and --base-url.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseBaseUrl, parseConfig } from '../src/config/config.ts';
import { projectRoot, seedsFolder } from './helpers.ts';

describe('site settings', () => {
  it('has defaults that need no config file', () => {
    expect(defaultConfig.site).toEqual({ title: 'Verbatim', description: '', language: 'en', baseUrl: null, author: '', publisher: '' });
  });

  it('keeps a base URL with a closing slash, so site paths can be appended', () => {
    expect(parseConfig({ site: { baseUrl: 'https://example.org/archive' } }, 'c.json').site.baseUrl).toBe('https://example.org/archive/');
    expect(parseBaseUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
  });

  it('refuses a base URL that is not an absolute http(s) URL, naming the key', () => {
    const text = '{\n  "site": {\n    "baseUrl": "archive/"\n  }\n}\n';
    expect(() => parseConfig(JSON.parse(text), 'c.json', text)).toThrow('c.json:3:1: site.baseUrl');
    expect(() => parseConfig({ site: { baseUrl: 'ftp://example.org/' } }, 'c.json')).toThrow(ConfigError);
    expect(() => parseBaseUrl('https://example.org/?page=1')).toThrow('--base-url');
  });
});

describe('--base-url on the command line', () => {
  it('overrides the config (a sitemap appears), and a bad one is one clear line, exit 1', async () => {
    const run = promisify(execFile);
    const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
    const cli = path.join(projectRoot, 'src/cli.ts');
    const output = path.join(await mkdtemp(path.join(tmpdir(), 'verbatim-base-')), 'site');
    await run(tsx, [cli, 'build', '--input', seedsFolder, '--output', output, '--base-url', 'https://example.org/archive'], { cwd: projectRoot });
    expect(await readFile(path.join(output, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/archive/</loc>');
    const failure = await run(tsx, [cli, 'build', '--input', seedsFolder, '--output', `${output}-2`, '--base-url', 'archive/'], { cwd: projectRoot }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim()).toBe('--base-url "archive/": a base URL is an absolute http or https URL');
  }, 60_000);
});
