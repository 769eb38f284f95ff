// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveFromDirectory } from './serveFromDirectory';

describe('serveFromDirectory', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-serve-'));
    await mkdir(path.join(outDir, 'content/articles'), { recursive: true });
    await writeFile(path.join(outDir, 'content/articles/a b.json'), '{"id":"a"}');
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it.each([
    ['/content', '/content/articles/a%20b.json'],
    ['/broadsheet/content', '/broadsheet/content/articles/a%20b.json'],
    ['https://content.example.org/v1', 'https://content.example.org/v1/articles/a%20b.json'],
  ])('answers the app below the content base %s from the written content', async (contentBase, url) => {
    const fetchContent = serveFromDirectory(outDir, { contentBase, contentFolder: '/content' });
    const response = await fetchContent(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'a' });
  });

  it.each([
    ['/broadsheet/content', '/content/articles/a%20b.json'],
    ['https://content.example.org/v1', 'https://other.example.org/v1/articles/a%20b.json'],
    ['/content', '/content/articles/missing.json'],
  ])('gives 404 for what lies outside the base %s or is not there', async (contentBase, url) => {
    const fetchContent = serveFromDirectory(outDir, { contentBase, contentFolder: '/content' });
    expect((await fetchContent(url)).status).toBe(404);
  });
});
