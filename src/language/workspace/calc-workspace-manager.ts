/**
 * Langium builds the workspace's files at start-up without validating them, so a closed
 * file had no diagnostics until the first edit (which then validated all of them). The
 * initial build validates, as `calc-case check` does: every file gets its diagnostics
 * once it is built, and later edits revalidate only what they change.
 */
import { DefaultWorkspaceManager, type BuildOptions } from 'langium';

export class CalcWorkspaceManager extends DefaultWorkspaceManager {
    override initialBuildOptions: BuildOptions = { validation: true };
}
