import { expect, test } from "@playwright/test";

import {
  ACCOUNTS,
  type Credentials,
  login,
  screenshot,
  staffApi,
  submitLogin,
  unique,
} from "./support";

test("an ended session sends the user to sign in, then back to where they were", async ({
  page,
  baseURL,
}) => {
  // A fresh account, so ending its sessions touches no other test's browser.
  const admin = await staffApi(baseURL ?? "", ACCOUNTS.admin);
  const name = unique("Sesi");
  const user: Credentials = {
    email: `${name.toLowerCase().replace(/\W+/g, "-")}@simpul.test`,
    password: "sesi-berakhir-123",
    name,
  };
  const { createUser } = await admin.graphql<{ createUser: { __typename: string; id?: string } }>(
    `mutation ($input: CreateUserInput!) {
      createUser(input: $input) { __typename ... on User { id } }
    }`,
    { input: { email: user.email, password: user.password, fullName: name, role: "EDITOR" } },
  );
  expect(createUser.__typename).toBe("User");

  await page.goto("/admin/regions");
  await submitLogin(page, user);
  await expect(page.getByRole("heading", { name: "Wilayah" })).toBeVisible();

  const { revokeUserSessions } = await admin.graphql<{
    revokeUserSessions: { __typename: string; count?: number };
  }>(
    `mutation ($input: UserIdInput!) {
      revokeUserSessions(input: $input) { __typename ... on SessionsRevoked { count } }
    }`,
    { input: { id: createUser.id } },
  );
  expect(revokeUserSessions).toEqual({ __typename: "SessionsRevoked", count: 1 });
  await admin.dispose();

  // The next request the page makes is answered as from an ended session.
  await page.getByLabel("Tingkat").selectOption({ label: "Kecamatan" });
  await expect(page.getByRole("heading", { name: "Masuk ke Simpul" })).toBeVisible();
  await expect(page.getByText("Sesi Anda telah berakhir. Silakan masuk kembali.")).toBeVisible();
  await screenshot(page, "session-expired");

  await submitLogin(page, user);
  await expect(page).toHaveURL(/\/admin\/regions\?level=DISTRICT$/);
  await expect(page.getByRole("heading", { name: "Wilayah" })).toBeVisible();
});

for (const [path, title] of [
  ["/admin/users", "users"],
  ["/admin/api-keys", "API keys"],
  ["/admin/audit", "the audit log"],
] as const) {
  test(`an editor cannot open ${title}`, async ({ page }) => {
    await login(page, "editor", path);
    await expect(page.getByRole("alert")).toHaveText("Anda tidak berhak melihat halaman ini.");
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    await expect(nav.getByRole("link", { name: "Wilayah" })).toBeVisible();
    await expect(nav.getByRole("heading", { name: "Administrasi" })).toHaveCount(0);
    for (const link of ["Pengguna", "Kunci API", "Log audit"]) {
      await expect(nav.getByRole("link", { name: link })).toHaveCount(0);
    }
  });
}
