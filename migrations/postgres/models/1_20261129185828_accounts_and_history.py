from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "ip_address" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_login_failu_email_08d632" ON "login_failures" ("email");
CREATE INDEX IF NOT EXISTS "idx_login_failu_ip_addr_41a95f" ON "login_failures" ("ip_address");
CREATE INDEX IF NOT EXISTS "idx_login_failu_at_cfd6ec" ON "login_failures" ("at");
COMMENT ON TABLE "login_failures" IS 'A failed login, kept for a while to slow down and refuse password guessing.';
        CREATE TABLE IF NOT EXISTS "users" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "full_name" VARCHAR(200) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "is_active" BOOL NOT NULL,
    "password_changed_at" TIMESTAMPTZ,
    "last_login_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_users_role_35db31" ON "users" ("role");
CREATE INDEX IF NOT EXISTS "idx_users_is_acti_7e4021" ON "users" ("is_active");
COMMENT ON COLUMN "users"."role" IS 'ADMIN: admin\nEDITOR: editor\nANALYST: analyst\nVIEWER: viewer';
COMMENT ON TABLE "users" IS 'A staff account. Passwords are stored as Argon2 hashes only.';
        CREATE TABLE IF NOT EXISTS "api_keys" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "prefix" VARCHAR(32) NOT NULL UNIQUE,
    "secret_hash" VARCHAR(64) NOT NULL,
    "scopes" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "requests_per_minute" INT,
    "owner_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_api_keys_owner_i_d0be20" ON "api_keys" ("owner_id");
COMMENT ON TABLE "api_keys" IS 'A partner app''s key: the secret is shown once and stored as a SHA-256 digest.';
        CREATE TABLE IF NOT EXISTS "article_revisions" (
    "id" UUID NOT NULL PRIMARY KEY,
    "number" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "article_id" UUID NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    "author_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_article_rev_article_c043a2" UNIQUE ("article_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_article_rev_article_10083c" ON "article_revisions" ("article_id");
CREATE INDEX IF NOT EXISTS "idx_article_rev_author__9a1c79" ON "article_revisions" ("author_id");
COMMENT ON TABLE "article_revisions" IS 'A snapshot of an article after each update.';
        CREATE TABLE IF NOT EXISTS "article_views" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "reader_hash" VARCHAR(64) NOT NULL,
    "day" DATE NOT NULL,
    "article_id" UUID NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_article_vie_article_bba7cd" UNIQUE ("article_id", "reader_hash", "day")
);
CREATE INDEX IF NOT EXISTS "idx_article_vie_article_461fce" ON "article_views" ("article_id");
COMMENT ON TABLE "article_views" IS 'One reader''s view of an article on one day, so repeated requests count once.';
        CREATE TABLE IF NOT EXISTS "audit_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "entity_type" VARCHAR(50) NOT NULL,
    "entity_id" UUID,
    "changes" JSONB NOT NULL,
    "ip_address" VARCHAR(64) NOT NULL,
    "actor_key_id" UUID REFERENCES "api_keys" ("id") ON DELETE SET NULL,
    "actor_user_id" UUID REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_entri_at_55c728" ON "audit_entries" ("at");
CREATE INDEX IF NOT EXISTS "idx_audit_entri_action_7b2c7c" ON "audit_entries" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_entri_entity__06631c" ON "audit_entries" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_entri_entity__6e35ad" ON "audit_entries" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_entri_actor_k_b77f0d" ON "audit_entries" ("actor_key_id");
CREATE INDEX IF NOT EXISTS "idx_audit_entri_actor_u_49012b" ON "audit_entries" ("actor_user_id");
COMMENT ON COLUMN "audit_entries"."action" IS 'CREATE: create\nUPDATE: update\nDELETE: delete\nRESTORE: restore\nTRANSITION: transition\nERASE: erase\nLOGIN: login\nLOGOUT: logout';
COMMENT ON TABLE "audit_entries" IS 'Who did what to which record, and the change. Nothing in the API edits or deletes it.';
        CREATE TABLE IF NOT EXISTS "sessions" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "csrf_token" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "last_seen_at" TIMESTAMPTZ,
    "ip_address" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(500) NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_sessions_expires_6bcc94" ON "sessions" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_sessions_user_id_80072d" ON "sessions" ("user_id");
COMMENT ON TABLE "sessions" IS 'A login from the admin app; the cookie holds a token whose SHA-256 is stored here.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        DROP TABLE IF EXISTS "audit_entries";
        DROP TABLE IF EXISTS "sessions";
        DROP TABLE IF EXISTS "login_failures";
        DROP TABLE IF EXISTS "api_keys";
        DROP TABLE IF EXISTS "article_views";
        DROP TABLE IF EXISTS "article_revisions";
        DROP TABLE IF EXISTS "users";"""


MODELS_STATE = (
    "eJztXWtz4ri2/SsqvkxPFdPVne70zKVv3SoncSeeEMgBkpk5h1MugQWoYmSPH0lTM/Pfry"
    "Rj8BsbDBijL53G9hZmSZb3Xntr6a/G3NCQbr+XJhOIrUYL/NUgcI7ofyJnmqABTXN9nB1w"
    "4Ejnl0J+DT8GR7ZjwbFDD0+gbiN6SEP22MKmgw3CLpaA6Y50PP4Jk4lhzSE7DrwWwDvXcm"
    "1IfgQammCCNDBaAAgsNHV1ft179hWaMabfgcm0lNZcgv90keoYU+TMEIPgP/+lhzHR0Hdk"
    "+x/NF3WCka6FEMIaa4AfV52FyY89PSk33/iV7E5H6tjQ3TlZX20unJlBVpe7LtbeMxt2bo"
    "oIsqCDtAB4xNX1Jcz+Ie+O6QHHctHqVrX1AfpzoauzLmj878QlY44J/yb2z+f/W95a4DJV"
    "7XQHal8eqGoj1mPsFiKwLw+NDcJ6GxOHAfXXP167a0D40Qb7gus7qffu05cfOQSG7Uwtfp"
    "LD1fiHG0IHeqYc9DXKYwsxTFToxNG+oWccPEfJiIctI8hrS9P3/n+26QH/wLoL1oPeB9eH"
    "bw+AN+gP1LpEXyz7PqMDBsqD3B9ID4/s6+a2/afO8ZMGMjtzwY8uIkffef1l0OfZe85XjY"
    "DflMEdYB/Bv7sdOdqrq+sG/26we4KuY6jEeFOhFhim/lEfNXrlutddU9uy18OWoter0us+"
    "RoFuX979utdfkWUzNGJdrhAnubcDFpGupnDtq3M/7qtnp+wOfrr4+Pnnz798+vL5F3oJv8"
    "vVkZ8zOlvpDPhUuoaT/41heT2DVjKY/vURJOktnuJjMoffVR2RqTOjHz99+JAB3bPU895Q"
    "Hz5EBn9neerCOxfGl45+7BQbr0GTww3YDycyYIO3EcN0gL6ngBoxO9zwbRzBlRrIvw9C07"
    "k/RN89SL//GJrS293OrX95YEhft7tXEeDXTrFazKuNGZbp4Ma7IObh7nEC2d6dZRHD5CXR"
    "m13jFUf5m2EhPCX3aMGxVujdQDJOmpGXsVkv1NhJors+uv5+C76toq34AKP/oT8eOd67TO"
    "pfSzdyg0M+guOXN2hpagh7dsa4MCJHVtfGT80v5tEjkMApR4j9FnbnfnBsYtpbjaSw2TvT"
    "zAybTay+oEX+uBlaDu1iQFv8wQbUkiI2Q8BGNNBxALaBPTPeCDDomAGQaMB26IDSALRp1N"
    "u/k366uPwCNDxFtpMYR5fbuoirKzARNUVcfUYRloirz7HXRVwt4urjxdUXueLqi4y4+iIh"
    "rrbQBH8vgvDaohyMN7sAh2MuLvIQFxfpvMVFFF7PpVNn0J4VwThiVsPB/OVzDqi/fE6Fmp"
    "2KQD02WBsxlH/tdzspKK8soq9YPHbA30DH9t7m34BbO3Kx7mBiv2ffdwzPliGUTXNEGY3I"
    "a5M1EKU50HcT09NbeD9hyxK8n+WEUpUH4XSdnbiPa6FX42UrHzdsKXq5yr2sQ9tRXXurfo"
    "7aip6uck9biEJqO7ZqIkudY+I6Cd53aiSTYr1VVFOxTi47rjHe6K8vmAAI2uxAwm1G9uSp"
    "f45UCaz/k43yuNqVRHQj3R8cTiGmn94A6Dy121lU/xpr6GrYURGhN5Xkfl8tzb/d99A6gZ"
    "IMt8SakmlLi9ObINJQ/2evSRHLwd5bIp4VWZ5qZqZFvItyp0UIerMBdtD8K09YjAxtwdMV"
    "kGAH03c8uBs8tJMyHvkNRTKjAlNrUyQzzojWFsmMc+x1kcw4Qs0Vc7G2eYjClgeJoSsSBF"
    "T8kYnPlA529EIpq5XBvmj+IyZU9lEKauvutFAyZXl9/dJV+0B3TLGYGl4EFkdYJu48FjuH"
    "nbyA/cEGdGOELOzAgo5040ruKQOpBTzrIXmUO7dPD08PUqcFTIqyO3dp6DUkUm+g3MvtFm"
    "Dx0gvSh6T7qHSUFjBMTPCQ9BWpJ3XUR7nXbwEbQwsSRoHZQ3Irtel3tMAU6vQ7ooFRvqxv"
    "rqRvRs432sPsLaFjUmiOCtrUoOY3DPHHXM/Rx4zn6GP8OUIadgxLxSzAhXoCMZIOdoJp7T"
    "C/zAP5ZTril/HXgjufw6R5K72YPWBSA4APXcjOSJwiaPvXC6gLQz02XhlVO4dTpLqWXmQy"
    "STDdqgMqRrfGZvCcU3jmHB6bU3RInQCKXBHAgzYHHOpYO8zE/TEf0BkwxyZuw7XGhcd12E"
    "oM6bxDmrrtjpvijmz27tfWh/PtNQtOnKKu/U1P+jZoAW47JEpH7cnPivxbC2CiWugVozfq"
    "tl/fyTdPbfmGOu3jGdJcHWk0CHi6aiv9O3aU6x3YM3aUQao8s4PQGs/wK9Kq4cyvbnELUi"
    "lqK2ilCtNKbMjSvnNJQjens7EhI7EINkrIUsRnRtEyjJCRqMNI5BboHDstvsI12VpAnFXq"
    "EsEsDvc2S13zLXOtJLoby16SB1moAKZHZ+uecj1oJEwWJQD8iCy7xgCH5scdCouYm8Zyib"
    "sWFXk1Lr1la/t65R2jtCg0Or2fqTpwWg5gAzitK1bMLSoHpGfaUl1R4sxRIvlRBCj5FRHn"
    "OtBUHaGa09+4+0z14LVSV5D+dA1n1wrRf7E26gqQtfz5Kn1VaWjpQmyPlX+FHGjttBixY9"
    "bUrvyF9NraoEuxscZWDbkzeYptbQJNe2Y4wJgASMCyHQAnDrIAguMZ8ErrkuptC9kmlNz+"
    "x7/tBh8g8xE9/F9Rh1ulOtxlr8SQTiWD1gaHI4JOaEWOqGtOh/o0K1zz1DX7E2W8zzPWjQ"
    "dsDr9y/DgE1V7WiBMjaXlhhriHkbig8BQrCA5Qyec7HgXZ7ZCVkBgUCYNDstkBr3NHkjWw"
    "/u0kB+pmmjX0oCZLNe6Fvq71otjdyOsDxKWMlk0PSZek7eZo1KeJNwai6QhvChvpV+wWM1"
    "7haWowkziZJgQyyz6ubkW/F8X8z8XFp08/X3z49OWXy88//3z5y4dVOBM/lRXXXCm3LLQJ"
    "eQl+rJMeSwpXoXxXgQ7/gniuLQSWwks4jpfgwIS1VYVhLS13WEVI149ppfSxAwnJdP/Az1"
    "dudhBWOdLNVHWXIMAYImT9YANmF2GdDSZljYAGF01gG/RSk/NlwJcLArxCjctdx7nsshvf"
    "5LV437WSXqTtCifmNJyYSM/lJZUiZkJrM4fWJnsqYhAzkjytri9p4U+IGT9BkDNAZcy2YO"
    "OEW1hZHyaPW3gkP2atAZbkxoQUwjK8mKgo2WYv5reZATSsgbcZdIBj0L94PKNuxNiwtCbf"
    "hoMpV41nkEzRe9AxnBntCIAJPyw9KoAt27WBYQEPS6Z3FXdn9vYtJetmCbflYNxL4XzzIf"
    "PMB+2P+qaZ4Th5H6p8q+7W1hWWiGlc92SKdAt45RBD8vR4wz97lUZDciO3ZfbZm7iGhFXZ"
    "d3v0AIWZbXA0JIOe1OkrA6XbYXcEibd/35DIPalPr6O/0aZXtbv0MWsB3Zhiwj91nwb8o+"
    "E60fk2j3tc/qI8VsfpLLxeKhCJRMwq3NdbBiLliz4sISvmVIeMRD42XAXFPY9C2ygETKqx"
    "jwL72trso4BN9pqhFxSSkAlb1a5epnxGg75iDYttEVg0QI/YiekkAVbXLqx1HjMUwGZSHy"
    "u4SmA/6l3gER1YKUUeiZNDGdTSarfSGsO7ng8rVULD16I1Emgl70Qzi1FC7JKcVFLfmCOP"
    "uJnR+wJv2JkBOi5e0MzQNWTZXwHjcFhUBOZwAUYIvBBvw1d9wTaFtYzveM6WKS/iBFLJbQ"
    "u59QpM7M0MekgsS0j3CevLFwm59br1uo+RkFtP71kht370EKTij0x8phRy60Ju/YTRfaG/"
    "bNu0kG9b4YHc6Hf7itRW+lJfaQHbsDHUsQ1tzMTW29JAufO01plSwYxJrfekR2nQAhY0oc"
    "OSOw9XEsvtzEdwSL7RyUJ5ltr0XpHt4FeoD0lfflA6Uo+2jeaYQGtIrpSHgXzfAiM8d9AL"
    "/R7pQe7xb6GQW+w7uoM7mVoYPODZYiCUnzCiHWw52+yVGzIU76kKv6cQ0bbaDHltJnZOrX"
    "L/sl5QTQuNcbILn29Kj7dywNwN+s5YrYITvPy7dE0nbG47JDfSHy1Wiz0kD93O4K4F5gZx"
    "ZkMiPT72ur8rD7wgIMBCVWP6fUXELeRDrgxql1nbjwt5cprTpg4JQUUl1RuPbanT4crRnv"
    "2Q3Mlt+pFRtUNyLXWu5TbXmx6zX6rrVVGRDv6MWC+l7+gQMavBw5D1RtrHxg5byeQKddzc"
    "eVEhipsvbZdHCzc9Zyc0I7dQ+zN5DT42YQnKkRywx2CDdUXNNhF8QVYZePW9puqK1KE1Sa"
    "sZWwrFzeorboan+7TyjOD7YEOZhhp8DeWQ2lyvJraQadD/kilbVwwJ4M0lCGzmsUhcaYxW"
    "lSbLJWZCVVOUW5zGW+dEE++i3OIce12UWxx+MyWxwr30+nnPnSm4vClgI/DMpIdW3tiO7N"
    "CqfvgkMd3IDgVHVA6hSSHDcPoyDAmMUlpgFuOdNkVnceYr13YI6yJ3YFhTSLDNoy4L0BPs"
    "f6xZppSQEbZt2Uh2JBdok320DBHVHee1KaK68/HvRVR3jr0uorqDR3X8dRbDMl/lhm9b5Q"
    "LVbu9W6ih9XhDqOQTIYkWjvYFyrTxKnUELrPwVUhV9EREVlhplBzy4gqjGLQW2IuI+dMQd"
    "iUB2hLYfbq2eAMcf3MpF3359QlrcHahf2BRxB6sm8sTaJt+hGnAzFhVDZxUQN1l07J1vsk"
    "XlmCAWPo8WSxFDpAGW/TaSou+yms2Ox71WRAguQnARjIkQXPS6CMFPPARnr/VtQ3Df9oC1"
    "+Zioy1dwMXzpL1cf5V6fqX+u2hiSbqetdOTW0ilgsqHX3d6NfKM+Kzdyt7XyD1TuH1QjQH"
    "cME4+TuyxlUbpvUIM1FAdYUCQIkHIJEO9ZKwhoyEggKmiPQ9Me67fMjqg+rhqqJ6yhJ7VK"
    "PEebaXh/g1h3LdRI4DlC55tZPAdXA1cn3qW5eQ52PdI8KfEmeEGmAyaGBSDblkFHbH8GWz"
    "fegMYE9NjeDBaauDYCJrTtN+p0gKmLbFZAkER2lNq22N3hRHd3QHM6DIp4giuDCifNtnQF"
    "Ly7zyDbTq9I97cuYcHOV9bGPB/UeBLLFNiWnTdyk0XUxr/U4rsADmo+omzLDZpIjEDib6Q"
    "bMV9cVzHX8YANWrcBL/4JVgk1PYZeNVnu1PVP/nv5hyQvTNOioQPzoPD3jUVbjQqy3AlFe"
    "1tteJDnOZdYUSY4697pIcgix3qq4m6f7yMRnyvRi0uSuPYEC0i0DtI+50iIfM9IiHxN11i"
    "z2JCTNSum7M4etdtykuZp6FkkYJ+zRjIhWGL2gzTljJ1JIpVclG641RqqFpu5SpaZgbXKK"
    "vVCME8Xfx8mCioSdP4R2T9iJ+u+D1H9nTsglgN0LNXaK0+9mqFPeQ5XaGs7XuUvknlcSeF"
    "nE81ptr5DiGP0yTzwMAW9f4q+elra+4MeMCSeFqYs+RQ7w3j02wDawUbYu2a7tJtbYB6Qd"
    "gnMORTZ0zq/AjxxeirFGD3u1MQkX+w+GqOQXJPfWLx9BdwqSW/S6ILkrQXJ7r1sPkRik+Q"
    "r6I01UmBlt0LF3L9912zdscX3AX2B7P3ll/n6Nf0++Vdhnz0MYEvlZZgvvuWfAzz6xvaKW"
    "VwT85eNX+qcLB6dvmxC0qUG9f9Z0t489E2wTEpWT1gWmpbDRVjNTxejZsucmjhBK2o0uG1"
    "SUuAmdgLTFm59ga46SKnANQ0eQpPjJQbsIsCNquK8pYnXksLPEVbfbDs0SV0p0Gnh6uJJ7"
    "7z7yKYNehD3SQGiQ1lyDtJKE1ymvtaojoGIPpfIB3S7jKFKNJ5FqrAu0GZlGoUFcqgZxVZ"
    "KNlRy5e8k1Hj5VfprYFsyUi/0A88Gavh9gIqyHXt5+mqAWW90uygwKD9mM+oIjL3RfzsIJ"
    "1QXr+Tm9uMBEhqnn3cxsSap/BXQYGBae4LG3tkxD1H1i68ws5K1Gh1zrfmIZc14KwO4rfQ"
    "nb9s2JRWsVcJWbIp9/Rpldkc8/x14X+XyxaK1iTtsJPjLxmXJCf6HKP8T6OH3lWsiowkUa"
    "+R+diJTLZS4pl8sMKZfL2PI13Z0Wwdi/vhx4jytWtH90V/67alpogr8XQTrJtgaVKwdYkr"
    "lGznYnW6O+thWo50GdvgJwMnOSjnbQpnYo72VGwbZquiOdjs8Jni4V+gpUuSSZ763YJTaZ"
    "n36tC/1Sh1FBMdR/7Xc7qYVFvknU5cRjB/wNdGyfYN1WBt4MixDesQrEaLFhxINkDUQrED"
    "mVoqMp1NURtHEh5bkk29pNN5e5JvXLjEn9MkH02YL2VrFWyPAgoVZVRv/JxVqilme/dREi"
    "/7lr/rNHx3hPuR5kZZJidSgJb4irpeW3+x5aZ+Z2rUGp5tQUgztSeO5tB7UbRtEtsU6Mc8"
    "6FVETdcnuwwnKa9YRqvR57F5xIaTnz6mH0p2s4u05N/2Jt1GkQ7bMKwAMroQhghWJ6DcC6"
    "s3LVAEDbpvfAlvnDtSYAa4Pvu7dM6iem+/Nbisx+BZy9JhCZ/fPJ8YrM/jn2usjsH36lPv"
    "qe8Pikr+n2rz8clXckRmkfK7rT0zWpgzcjW7PH0fvhREavWAZbs3WbtUFUrNk6xpotIbyZ"
    "E9jK7pS35NsTuIM1E59OHnh0dm724B7NEdHg1MIAanNMMDNx8Cti1f7wK8CODTTDYXvTjO"
    "mXMdlAVvL/ghaALQKgAwPYC9tBcxvYM2qSxDPs5TsEI1GBKb4pGIkzik0FI3GOvS4YiSOI"
    "SWmFKtD96+tXHV26iF/R4v4a1/XnKty6yCjcuogXbunoFaXsgbtZ73JlXGGwG4+97rPSuZ"
    "ZbwLSMV0x/B1etlDvXf3DJSkTGiyG5Vgb04xg79P83ildG0gIa83zx2BmSZ6Xdlm5pI6+Y"
    "/oApinrNx3k4qLddXP8rZCRKsjI3xeBQlRCb17wkKzSkREnWXitDuFLFjgiVp+VRPXxEdd"
    "FmjNaiFdsjVKJ4UfUAGs+wrtE5bTeISpz1qwdRQDlrx2etbJ2xamC1Z8bZlwxKZp0DgkKZ"
    "zPPyutzsM18cAzD7rS6baMG7p6cmoFMB/cD/arAJ+vdN8P79+x8Bk1J3MP1NGhgtwAvtoS"
    "b9Jay8lcvULBC0kujn/XyJ4J8r4Gs3Bf98Rkyk4J/PsdcF/yy0bipGYJzgIxOfKZlrsy1T"
    "69tWmah9empR52VIHh9bwDT5RkSPPbnPdyIyKY78yIPsbU1EXUH++UbiHzXIP90+XfGPU3"
    "fEP189PfLPI9dr7zeprfADb1DHQ9K/bwH7hf6V6V80JN3BHdsOyeD+Yb4Hed/ZD+7IFsp/"
    "rCxqUe56AEESFiEUeBH5l+/rLXTQBFPZldnYSaKV0kfryqDCE9OWY3UvOgtChmufyVBE4J"
    "g5Q0mOKXOjkjEOW2W5UHVyn5hLFN9Cw3FTBFc2uyhr64PNBfScOjGs1c3kdlWUjvqt22M5"
    "Zb8FllN+7t7LNyyn/Gq8IK0aDoRrpWT3U2Jqa/t8fsWI2ZjnkNN1yPQdYvhi23YL7xgTMh"
    "IZ+IjKjKnDMZ1OR4vCUjNRSwFtVnGDNwrjCIt9YhIqHEKPbKjCgd4B6Dy129EdIlaDsQSE"
    "z2KLiOjTm4JyrjqSyQTiXdOSEm/kBGPmCuvVVMxHEAUlJWG0fHp3xKjkaa4aMO23DiCrCi"
    "BfDUDBCgANW4iFu8DBCIyQ84YQAc6bEdxE3gbv2ENjMMCa/pIwNkM0wcQlGj/KcvdJyf/S"
    "2xd5/wq4oU0g8v7nkwEWef9z7HWR9xd5/4pFnSf4yJxf3v9RfrhSOpLEE/vzESYQkiG5lx"
    "+UQY8ffUFzTPuWHX2QmQC/2v3WAl4AqxqTIfn21LlROrct3/sbkutut0cPSQOlSxsYG4ZF"
    "j6/c4ePT8rS7rOKZprDV3jNNx4ifcqaaEL3J4nk6TWBHD5GlnmkYt3T5NP/6GuyEcGjxNN"
    "twrXFRqa+QkdClilSYQIvG8QURDRkJRDOzQt7oO3hWqJrQbsxahJ7VzVpf3kAU4OYDN/TY"
    "FhX8Ci6YZUuEksZ0MW7au0IOtHZivMJRKeoVbhlUdRDbzZS1GuzYHNT1WjHdsABfRQ2cGX"
    "QABY4vM7MBBH7bCcx0YXNBPFfgTdcUxPMZUZCCeD7HXhfEsyCeK+bbnuAjE58pj6xUfjId"
    "W4C+4H5jQUCDNgLOSNnRMhQoWikcMhOM0IZ9Kdex8c51rLnLu6qJbI4y1tDQ2kwJHUNZv5"
    "JTQenC+ui1HO2+8sTSqohq8O1SJVH9PrLtlMpG/1QziyWyvYvyKxsZU0zAxDLmXMue694D"
    "2vxX/nFsGC8YAca4Mp7HMV4QAW8zw0agfyf9dHH5hYng2w4dWxqYoWRZ/X18hSCZKvDybA"
    "qS6YzoBkEynWOvC5Lp8GoS7BWozqA9iyOaISkRsqqd8MGXzzlq0b58Tq1FY6cimxfY1kTl"
    "qBWBOWxVQ62Z8oFG301MJ5stXgphy8O8FCrCW1T8HRB/9S/lH7bo5bDlQajxqpQpnlwv69"
    "B2VBvRN03xfo7aip6uck9jk11NG0xRtkkJl0NWNSid3ffL0bWRpcJpImWXoVcTsqodzHvR"
    "EOOYFSN/AiYiWZKZLGFIlcA5P9l1LuwMDKdKUc6Botok2jlcc5tBPUd2RshVm2hYU0iwzZ"
    "NHrMJwahmuCTDh3DDbI5a2sQDv7pWHJpgjDUPviiaAfAer1AX1ZbYsyOYKTD5NQTafEe0o"
    "yOZz7HVBNouKxoo5dSf4yMRnSrGZ7GpJ++VlnjXtl5fpi9rZOaFOfTh0oY6hnSSx9mu/20"
    "mpxV2bROclPHbA30Cnzv/eOJK1Qz1yse5gYr9n33cMn5pBFJqkYqu7owu5I7MPayC6untM"
    "AZsaVoLAZz5xjqB9hWeYBo0MW+AFz4dk0JNuFKapIbXVB/lGkdgXQA2zK6Gu8uiRiW90Bn"
    "JnoF73ZGnQ7TH9DeKwKjMeZBjWkPRpQwP5VrlWb3tdtkcH60YKBh6rPPYcktvus9zrPLBm"
    "pOVezVODOjCELbVT4XLXZn4Pavdp0JYHLS94VQ3Xoe/j3Tfz+JSHevuUzrx9ShL9ODF9dE"
    "gf39fC6ujS9UB5llvAsx6Sm27vQeqw7bQNaw6Jw3fY7nfbz0wtXcO2beivVdFLnxjuFtIi"
    "Yasz3gKAb92ojqCNC2VLImb1k5/fC5EfQE1d7+VZkNrPbEQsNwm/8HVo23iCxynrITKqZW"
    "KW9Rvje9mcKXhnMbzTNYsiZjVIDB5aushzpsYzSMgyv5E36Ihbitij9NjDNJhHjWGxrglb"
    "iW4pvVuWooRj6g8m8IipzGzUbCt6tmovh5IJWhZEsiRqgeEeMNlprFcM2UMPapYj3mKN7V"
    "T4kQE/MnOB7bSs5bV+Q6cIao61tYEhFSoc6cn9QU+5HuQTBDP5SlJsrjc+CONeRBaMLw59"
    "DDa4r3fnETog4dV26A1jThQqsWPMJoz4hlpagHIQe8dkA2a4ztSgraihLVt2AaxMLYbq4Y"
    "XJ2JgLvDLx2mc15QBOGwlVlOxwM6t60oHTfFWT6T9f1ClWwOFtAlGneD4Va6JO8Rx7XdQp"
    "HpwGq1oJW90STqKGrWx0Y8xXHo7GF/vyvcHt/falLNrS7zyxAX8Uz50vPktw3f1Faem+O1"
    "vYlVtxy3bgZALgmGc93oNHaNtvhsXEryzk61xBG0jW1CAXgAl6IBsY9B2ZpK21W2MiYBAB"
    "g3AdRcAgel0EDHULGNAcYr2IR7syqJ1Le3GZR7aCXpWxLCMmXDGhX6wWjcpCRjWoTouWZe"
    "ery84qzI4FZpaRpJKcr3bet63yKgvp5kHptDxV2CGRbxS+dAJpmK+YkDpS+4/+gJ4nUF/Y"
    "zpA8K/JvbIHDK0Zv261wKL963ly63YVF+2KGNaQr9rIoDNvqepFGJEg26KiHJCUQCdpFwB"
    "5Rwz09F/6BwwYeV91uO+T8XCnRCtgntq/wu48cenoR9upK4m/T1UBl9a3TrXzTlCaEClh1"
    "fNJ4KMI127iA97aCb0Fj0ddV6+vtSEoTqy9osStBaeJ7tDjZLs+uwrDQK17p8O9M4vaWrd"
    "UULOhSb09FhDaVtM67EGCsKZm2VNeBFdzfYXuYAltJnJhveZTMgIQsPJ41EnIDyzPNrOwA"
    "XF9TmdqeVE4pkalPoJOWz051GZBS6KR0Zj6VrUsP9tLpOhHmpWl/mGYRhJeX1xDdveT8l/"
    "oUcYSzlxYlq84eYBndcfz40tYWFfC1y3+Z/fP/et3E7g=="
)
