import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

import { EditorToolbar } from "./EditorToolbar";

// What the toolbar offers; code, underline and strike are left out (nothing would show them).
// No trailing paragraph either: adding one on the first click would count as an edit.
const EXTENSIONS = [
  StarterKit.configure({
    trailingNode: false,
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    underline: false,
    strike: false,
    link: { openOnClick: false, autolink: true, defaultProtocol: "https" },
  }),
];

/**
 * The article body as rich text (TipTap): a labelled, multi-line text box with a formatting
 * toolbar. `value` and `onChange` carry HTML; the server sanitises it on save.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation("articles");
  const id = useId();
  const toolbarRef = useRef<HTMLDivElement>(null);
  // The HTML this editor last reported, to tell outside changes (reload, draft) from echoes.
  const emitted = useRef(value);
  // The value last loaded and how the editor writes it: typing back to it reports the value as
  // it came, so an edit that is undone leaves the form unchanged.
  const loaded = useRef({ value, html: "" });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: value,
    editorProps: {
      attributes: {
        id: `${id}-area`,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        "aria-describedby": describedBy,
        "aria-invalid": error ? "true" : "false",
        class: "rich-text-area reader-body",
      },
    },
    onCreate: ({ editor: current }) => {
      loaded.current.html = current.getHTML();
    },
    onUpdate: ({ editor: current }) => {
      const written = current.isEmpty ? "" : current.getHTML();
      const html = written === loaded.current.html ? loaded.current.value : written;
      emitted.current = html;
      onChangeRef.current(html);
    },
  });

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
    loaded.current = { value, html: editor.getHTML() };
  }, [editor, value]);

  useEffect(() => {
    editor.setOptions({
      editorProps: {
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          "aria-describedby": describedBy,
          "aria-invalid": error ? "true" : "false",
        },
      },
    });
  }, [editor, describedBy, error]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey && event.key === "F10") {
      event.preventDefault();
      toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
    }
  }

  return (
    <div className={error ? "field field-invalid rich-text" : "field rich-text"}>
      <span id={`${id}-label`} className="field-label" onClick={() => editor.commands.focus()}>
        {label}
      </span>
      <EditorToolbar editor={editor} controls={`${id}-area`} toolbarRef={toolbarRef} />
      <div className="rich-text-frame" onKeyDown={onKeyDown}>
        <EditorContent editor={editor} />
      </div>
      <p id={`${id}-hint`} className="hint">
        {t("editor.toolbarHint")}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
