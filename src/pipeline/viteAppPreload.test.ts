import { describe, expect, it } from 'vitest';
import { appChunkFiles } from './viteAppPreload.ts';

const chunk = (fileName: string, imports: string[], extra: { facadeModuleId?: string; isEntry?: boolean } = {}) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId: extra.facadeModuleId ?? null, isEntry: extra.isEntry ?? false });

describe('appChunkFiles', () => {
  it('lists the app chunk after the chunks it imports, without the entry, each once', () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', ['assets/runtime.js'], { facadeModuleId: '/repo/src/main.tsx', isEntry: true }),
      'assets/startApp.js': chunk('assets/startApp.js', ['assets/runtime.js', 'assets/jsx.js', 'assets/index.js'], { facadeModuleId: '/repo/src/startApp.tsx' }),
      'assets/jsx.js': chunk('assets/jsx.js', ['assets/runtime.js']),
      'assets/runtime.js': chunk('assets/runtime.js', []),
      'assets/List.js': chunk('assets/List.js', ['assets/jsx.js'], { facadeModuleId: '/repo/src/app/list/EventList.tsx' }),
      'assets/index.css': { type: 'asset' },
    };
    expect(appChunkFiles(bundle)).toEqual(['assets/runtime.js', 'assets/jsx.js', 'assets/startApp.js']);
  });

  it('is empty when the bundle has no app chunk (the single-file build inlines it)', () => {
    expect(appChunkFiles({ 'index.html': { type: 'asset' } })).toEqual([]);
  });
});
