import type { CentreEventFeedbackSummary } from '@qinqing/service-centre/contracts';
import { useText } from '../../i18n/useText';

/**
 * An event's feedback as staff may read it: the count always; the mean, the spread and the comments only from
 * the minimum group on, once the event takes no more — the screen says which is missing, and why.
 */
export const FeedbackSummary = ({ feedback }: { readonly feedback: CentreEventFeedbackSummary }) => {
  const { tr } = useText();
  const { count, minimumGroup } = feedback;
  if (count === 0) return <p>{tr('暂无评价', 'No feedback yet')}</p>;
  if (feedback.withheld === 'too-few')
    return (
      <p className="hint">
        {tr(
          `已有 ${count} 家评价。评价满 ${minimumGroup} 家后才显示评分和意见，以免从签到名单推知哪家企业说了什么。`,
          `${count} ratings so far. Ratings and comments are shown from ${minimumGroup} on, so that nobody can tell from the attendance which enterprise said what.`,
        )}
      </p>
    );
  if (feedback.withheld === 'still-open')
    return (
      <p className="hint">
        {tr(
          `已有 ${count} 家评价。活动结束并汇总后显示评分和意见（逐条增加时显示会暴露每条评价是谁给的）。`,
          `${count} ratings so far. Ratings and comments are shown once the event is closed (shown as they arrive, each new one would give away its author).`,
        )}
      </p>
    );
  return (
    <>
      <p>
        {tr(
          `${count} 家评价，平均 ${feedback.meanRating} 分`,
          `${count} ratings, mean ${feedback.meanRating}`,
        )}{' '}
        ({(feedback.byRating ?? []).map((n, i) => `${i + 1}★ ${n}`).join(' · ')})
      </p>
      <ul>
        {feedback.comments.map((comment, i) => (
          <li key={i}>{comment}</li>
        ))}
      </ul>
    </>
  );
};
