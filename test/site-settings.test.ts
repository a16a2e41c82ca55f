// Site settings: defaults that build without any config, a validated base URL, and --base-url.
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseBaseUrl, parseConfig } from '../src/config/config.ts';

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
