import { type APIRequestContext, expect, type Page, request } from "@playwright/test";

/** The demo accounts created by `simpul demo --accounts` (api/demo/accounts.py). */
export const ACCOUNTS = {
  admin: { email: "admin@simpul.test", password: "simpul-admin-demo", name: "Admin Demo" },
  editor: { email: "editor@simpul.test", password: "simpul-editor-demo", name: "Editor Demo" },
  analyst: { email: "analyst@simpul.test", password: "simpul-analyst-demo", name: "Analis Demo" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

/** Sign in through the login form (Indonesian UI) and wait for the app frame. */
export async function login(page: Page, account: AccountName, path = "/admin/"): Promise<void> {
  await page.goto(path);
  await submitLogin(page, ACCOUNTS[account]);
}

/** Fill in and send the login form already on screen, then wait for the app frame. */
export async function submitLogin(page: Page, { email, password, name }: Credentials): Promise<void> {
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

/** A staff session outside the browser, e.g. an admin acting while the page under test waits. */
export interface StaffApi {
  /** POST one operation with the session's CSRF token; fails the test on GraphQL errors. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  dispose(): Promise<void>;
}

export async function staffApi(baseURL: string, account: Credentials): Promise<StaffApi> {
  // The context keeps the session cookie the login sets.
  const context = await request.newContext({ baseURL });
  const { login: viewer } = await post<{ login: { __typename: string; csrfToken?: string } }>(
    context,
    "mutation ($input: LoginInput!) { login(input: $input) { __typename ... on Viewer { csrfToken } } }",
    { input: { email: account.email, password: account.password } },
    "",
  );
  expect(viewer.__typename, `log in ${account.email}`).toBe("Viewer");
  const csrf = viewer.csrfToken ?? "";
  return {
    graphql: (query, variables = {}) => post(context, query, variables, csrf),
    dispose: () => context.dispose(),
  };
}

async function post<T>(
  context: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  csrf: string,
): Promise<T> {
  const response = await context.post("/graphql", {
    data: { query, variables },
    headers: csrf ? { "X-CSRF-Token": csrf } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(response.ok()).toBe(true);
  return body.data as T;
}
