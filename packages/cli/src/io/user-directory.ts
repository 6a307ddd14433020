/**
 * The directory the user ran the command in
 * =========================================
 *
 * `pnpm chokepoint …` runs the root package's script, and pnpm runs scripts in the package's directory,
 * not where the user typed the command; it says where that was in INIT_CWD. Relative paths (models,
 * `--out`, `--perturbations`) must mean what they mean in the user's shell, so the CLI moves there.
 * Only for our own script (npm_lifecycle_event "chokepoint"): INIT_CWD is also set for any other npm or
 * pnpm script, which may have changed directory before calling `chokepoint`.
 */
export function userDirectory(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.INIT_CWD && env.npm_lifecycle_event === 'chokepoint' ? env.INIT_CWD : cwd;
}
