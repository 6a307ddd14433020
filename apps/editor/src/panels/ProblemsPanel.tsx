/**
 * Problems that stop the analysis (an edit left the model invalid): each names its place, and one
 * that belongs to a node or edge selects it when clicked.
 */
import { formatIssue, type ModelIssue } from '@chokepoint/core';
import { useAnalysis, useServices } from '../app/services.tsx';

/** One shared empty list: a selector must return the same value while nothing changes. */
const NO_ISSUES: readonly ModelIssue[] = [];

export function ProblemsPanel() {
  const { editor } = useServices();
  const issues = useAnalysis((a) => a.current?.issues ?? NO_ISSUES);
  if (issues.length === 0) return null;
  return (
    <section className="card problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">
        The model has {issues.length === 1 ? 'a problem' : `${issues.length} problems`}
      </h2>
      <p className="small">The figures above are from the last version that could be analysed.</p>
      <ul>
        {issues.slice(0, 20).map((issue) => (
          <li key={formatIssue(issue)}>
            {issue.nodeId || issue.edgeId ? (
              <button
                type="button"
                className="link"
                onClick={() =>
                  editor.select(issue.nodeId ? [issue.nodeId] : [], issue.edgeId ? [issue.edgeId] : [])
                }
              >
                {formatIssue(issue)}
              </button>
            ) : (
              formatIssue(issue)
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
