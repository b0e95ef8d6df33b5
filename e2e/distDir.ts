/**
 * Where the e2e build goes. Not dist/: other engineers build into dist/ in the same tree while the suite runs, and
 * `vite preview` serves whatever is on disk. node_modules/ is already git-ignored.
 */
export const E2E_DIST = 'node_modules/.dateline-e2e-dist';
