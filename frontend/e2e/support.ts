import { expect, type Page } from "@playwright/test";

/** The demo accounts created by `simpul demo --accounts` (api/demo/accounts.py). */
export const ACCOUNTS = {
  admin: { email: "admin@simpul.test", password: "simpul-admin-demo", name: "Admin Demo" },
  editor: { email: "editor@simpul.test", password: "simpul-editor-demo", name: "Editor Demo" },
  analyst: { email: "analyst@simpul.test", password: "simpul-analyst-demo", name: "Analis Demo" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

/** Sign in through the login form (Indonesian UI) and wait for the app frame. */
export async function login(page: Page, account: AccountName, path = "/admin/"): Promise<void> {
  const { email, password, name } = ACCOUNTS[account];
  await page.goto(path);
  await page.getByLabel("Surel").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText(`Masuk sebagai ${name}`)).toBeVisible();
}

/** Screenshots the README names: frontend/e2e-screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e-screenshots/${name}.png`, fullPage: true });
}

/** A name no other test run has used, so tests can share one server. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
