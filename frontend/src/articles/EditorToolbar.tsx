import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { type KeyboardEvent, type ReactNode, type RefObject, useState } from "react";
import { useTranslation } from "react-i18next";

import { LinkForm } from "./LinkForm";

type Label =
  | "bold"
  | "italic"
  | "heading2"
  | "heading3"
  | "bulletList"
  | "orderedList"
  | "blockquote"
  | "link"
  | "undo"
  | "redo";

interface Tool {
  label: Label;
  /** What sighted users see on the button; the accessible name is the label. */
  mark: ReactNode;
  /** A toggle (aria-pressed) rather than a one-off command. */
  toggle: boolean;
  run: (editor: Editor) => void;
}

const TOOLS: readonly Tool[] = [
  { label: "bold", mark: "B", toggle: true, run: (e) => e.chain().focus().toggleBold().run() },
  { label: "italic", mark: "I", toggle: true, run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "heading2", mark: "H2", toggle: true, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: "heading3", mark: "H3", toggle: true, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: "bulletList", mark: "•", toggle: true, run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "orderedList", mark: "1.", toggle: true, run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "blockquote", mark: "❝", toggle: true, run: (e) => e.chain().focus().toggleBlockquote().run() },
  { label: "link", mark: <LinkIcon />, toggle: true, run: () => undefined },
  { label: "undo", mark: "↶", toggle: false, run: (e) => e.chain().focus().undo().run() },
  { label: "redo", mark: "↷", toggle: false, run: (e) => e.chain().focus().redo().run() },
];

function LinkIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
      <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1" />
      <path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
    </svg>
  );
}

function toolState(editor: Editor): Record<Label, { active: boolean; enabled: boolean }> {
  const can = editor.can();
  return {
    bold: { active: editor.isActive("bold"), enabled: can.toggleBold() },
    italic: { active: editor.isActive("italic"), enabled: can.toggleItalic() },
    heading2: { active: editor.isActive("heading", { level: 2 }), enabled: can.toggleHeading({ level: 2 }) },
    heading3: { active: editor.isActive("heading", { level: 3 }), enabled: can.toggleHeading({ level: 3 }) },
    bulletList: { active: editor.isActive("bulletList"), enabled: can.toggleBulletList() },
    orderedList: { active: editor.isActive("orderedList"), enabled: can.toggleOrderedList() },
    blockquote: { active: editor.isActive("blockquote"), enabled: can.toggleBlockquote() },
    link: { active: editor.isActive("link"), enabled: true },
    undo: { active: false, enabled: can.undo() },
    redo: { active: false, enabled: can.redo() },
  };
}

/**
 * The formatting bar: an ARIA toolbar (one tab stop, arrows move between buttons, Escape goes
 * back to the text) whose toggles report their state with aria-pressed.
 */
export function EditorToolbar({
  editor,
  controls,
  toolbarRef,
}: {
  editor: Editor;
  /** The id of the editable area the toolbar acts on. */
  controls: string;
  toolbarRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation("articles");
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolState(current) });
  const [focused, setFocused] = useState(0);
  const [linking, setLinking] = useState(false);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    let next = focused;
    if (event.key in moves) next = (focused + (moves[event.key] ?? 0) + TOOLS.length) % TOOLS.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = TOOLS.length - 1;
    else if (event.key === "Escape") {
      event.preventDefault();
      editor.commands.focus();
      return;
    } else return;
    event.preventDefault();
    setFocused(next);
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>("button")[next]?.focus();
  }

  return (
    <>
      <div
        ref={toolbarRef}
        className="editor-toolbar"
        role="toolbar"
        aria-label={t("editor.toolbar")}
        aria-controls={controls}
        onKeyDown={onKeyDown}
      >
        {TOOLS.map((tool, index) => {
          const { active, enabled } = state[tool.label];
          return (
            <button
              key={tool.label}
              type="button"
              className={`tool tool-${tool.label}`}
              tabIndex={index === focused ? 0 : -1}
              aria-label={t(`editor.${tool.label}`)}
              title={t(`editor.${tool.label}`)}
              aria-pressed={tool.toggle ? (tool.label === "link" ? linking || active : active) : undefined}
              aria-disabled={!enabled}
              onFocus={() => setFocused(index)}
              onClick={() => {
                if (!enabled) return;
                if (tool.label === "link") setLinking((open) => !open);
                else tool.run(editor);
              }}
            >
              <span aria-hidden="true">{tool.mark}</span>
            </button>
          );
        })}
      </div>
      {linking && <LinkForm editor={editor} onClose={() => setLinking(false)} />}
    </>
  );
}
