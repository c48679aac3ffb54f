// Tests run outside React Server Components: `import "server-only"` resolves here instead (vitest.config.mts).
export {};
