import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Renders content Markdown. Raw HTML is dropped (skipHtml) and react-markdown's default URL filter removes
 * javascript: and other unsafe links, so neither content nor user text can inject markup.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="zs-markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
