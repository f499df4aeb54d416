import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the ESLint config is plain JavaScript without types
import { housePlan } from '../eslint.config.js';

/** Lints a file that is not on disk with only the house-plan rules (ADR 0007). */
async function problems(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, housePlan],
  });
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the house plan, as the linter holds it', () => {
  it('refuses a feature reaching into another feature past its index.ts', async () => {
    const found = await problems(
      'src/features/help/probe.ts',
      "import { findOrCreateOrganization } from '../guide/directory/organizations.repository.ts';\nexport const x = findOrCreateOrganization;\n",
    );
    expect(found).toEqual(['boundaries/dependencies: A feature reaches another feature only through its public index.ts.']);
    expect(
      await problems('src/features/help/probe.ts', "import { guideFeature } from '../guide/index.ts';\nexport const x = guideFeature;\n"),
    ).toEqual([]);
  });

  it('refuses the platform importing a feature or the list of features', async () => {
    const found = await problems('src/platform/probe.ts', "import { features } from '../features/index.ts';\nexport const x = features;\n");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^boundaries\/dependencies: The platform never imports a feature/);
  });

  it('keeps the app-wide test harness to tests', async () => {
    const code = "import { describeEachEngine } from '../../testing/test-app.ts';\nexport const x = describeEachEngine;\n";
    expect(await problems('src/features/help/probe.ts', code)).toEqual([
      'boundaries/dependencies: Only tests use the app-wide test harness (src/testing).',
    ]);
    expect(await problems('src/features/help/probe.test.ts', code)).toEqual([]);
  });

  it('refuses a file over 300 lines', async () => {
    const found = await problems('src/features/help/probe.ts', `${'export const a = 1;\n'.repeat(150)}\n${'// x\n'.repeat(151)}`);
    expect(found).toEqual(['max-lines: File has too many lines (302). Maximum allowed is 300.']);
  });
});
