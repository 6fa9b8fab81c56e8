from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE IF NOT EXISTS "persisted_queries" (
    "sha256" VARCHAR(64) NOT NULL PRIMARY KEY,
    "query" TEXT NOT NULL,
    "operation_name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "persisted_queries" IS 'A query document known by its SHA-256 (automatic persisted queries, allow-lists).';
        CREATE TABLE IF NOT EXISTS "api_key_operations" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "api_key_id" UUID NOT NULL REFERENCES "api_keys" ("id") ON DELETE CASCADE,
    "query_id" VARCHAR(64) NOT NULL REFERENCES "persisted_queries" ("sha256") ON DELETE CASCADE,
    CONSTRAINT "uid_api_key_ope_api_key_2acce3" UNIQUE ("api_key_id", "query_id")
);
CREATE INDEX IF NOT EXISTS "idx_api_key_ope_api_key_924b8c" ON "api_key_operations" ("api_key_id");
CREATE INDEX IF NOT EXISTS "idx_api_key_ope_query_i_9e2ffc" ON "api_key_operations" ("query_id");
COMMENT ON TABLE "api_key_operations" IS 'An operation a key in allow-list mode may run.';
        CREATE TABLE IF NOT EXISTS "api_key_usage" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "requests" INT NOT NULL,
    "errors" INT NOT NULL,
    "refused" INT NOT NULL,
    "operations" JSONB NOT NULL,
    "fields_used" JSONB NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "api_key_id" UUID NOT NULL REFERENCES "api_keys" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_api_key_usa_api_key_7fd07e" UNIQUE ("api_key_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_api_key_usa_day_178df0" ON "api_key_usage" ("day");
CREATE INDEX IF NOT EXISTS "idx_api_key_usa_api_key_6fe06d" ON "api_key_usage" ("api_key_id");
COMMENT ON TABLE "api_key_usage" IS 'One key''s use on one day: requests, errors, and the operations and fields it used.';
        ALTER TABLE "api_keys" ADD "max_query_cost" INT;
        ALTER TABLE "api_keys" ADD "max_query_depth" INT;
        ALTER TABLE "api_keys" ADD "allowlist_only" BOOL NOT NULL DEFAULT False;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        ALTER TABLE "api_keys" DROP COLUMN "max_query_cost";
        ALTER TABLE "api_keys" DROP COLUMN "max_query_depth";
        ALTER TABLE "api_keys" DROP COLUMN "allowlist_only";
        DROP TABLE IF EXISTS "api_key_usage";
        DROP TABLE IF EXISTS "api_key_operations";
        DROP TABLE IF EXISTS "persisted_queries";"""


MODELS_STATE = (
    "eJztXWuT2ji6/iuq/jKZKpJKOunMHObUqXJ3OwkbGnqA7pndZculxgJUbWSPL92hdve/H0"
    "nG4ItsbLDBGH1JB9uvbD+Spff66N8XC1NHhvNOmU4hti/a4N8XBC4Q/U/sTAtcQMvaHGcH"
    "XPhk8Eshv4Yfg0+Oa8OJSw9PoeEgekhHzsTGlotNwi5WgOU9GXjyFpOpaS8gOw78FsAbz/"
    "YcSH4GOppignTwtAQQ2GjmGfy6d+wWujmh98BkVkprHsF/eUhzzRly54hB8M9/0cOY6OgH"
    "coKf1rM2xcjQIwhhnTXAj2vu0uLHHh46t1/4lexJn7SJaXgLsrnaWrpzk6wv9zysv2My7N"
    "wMEWRDF+kh8IhnGCuYg0P+E9MDru2h9aPqmwP0daFnsC64+N+pRyYcE34n9s+n/1s9Wugy"
    "Tev1R9pQHWnaRaLH2CPEYF8dmpiE9TYmLgPq3//1290Awo9esBvcfFMGbz5+/plDYDruzO"
    "YnOVwX/+WC0IW+KAd9g/LERgwTDbpJtG/pGRcvkBjxqGQMeX0l+i74zy49EBzYdMFm0Afg"
    "BvBVAPgFfUG9T4zlqu8zOmDUuVOHI+Xunt1u4Th/GRw/ZaSyM5f86DJ29I3fXyb9nv3vfN"
    "0I+KMz+gbYT/CPfk+N9+r6utE/LtgzQc81NWK+alAPDdPgaIAavXLT656l79jrUUnZ63Xp"
    "9QCjULevnn7T6y/IdhgaiS7vEFfc2yGJWFdTuKrq3A9V9eyMPcHbyw+ffvn068fPn36ll/"
    "CnXB/5JaOzO70Rn0o3cPK/CSxv5tAWgxlcH0OSPuIpfiYL+EMzEJm5c/rz4/v3GdA9KgN/"
    "hXr/Pjb4e6tTl/65KL509GO32HgNixxuwL4/kQEbfowEpiP0IwXUmNjhhu/FEVSpkfrnKD"
    "KdB0P0zZ3y58+RKb3b730NLg8N6Ztu/zoG/EYp1opptQnBMhXcZBckNNwKJ5Dd1VlmMUyf"
    "hdrsBq8kyl9MG+EZ+Y6WHOsOfRpIJqIZeWWbDSKNnSS6m6Ob+9vwdW1tJQcY/Q99eeT6a5"
    "kyvFFu1QsO+ROcPL9CW9ci2LMz5qUZO7K+NnlqcbmIH4EEzjhC7F3YkwfGsYVpb12IzGb/"
    "TCvTbLaw9oyW+e1maLu0iwFt8ScHUEmK2BwBB1FDxwXYAc7cfCXApGMGQKIDx6UDSgfQoV"
    "bv8Jvy9vLqM9DxDDmu0I4ut3VpV9dgImpJu/qMLCxpV59jr0u7WtrVx7OrL3PZ1ZcZdvWl"
    "wK620RT/KILwRqIcjLerAIfzXFzmcVxcpvstLuPw+iqdNofOvAjGMbEGDubPn3JA/flTKt"
    "TsVAzqicnaSKD8t2G/l4LyWiK+xOKJC/4DDOxUNv+G1NonDxsuJs47dr9jaLYMoWw3R9yj"
    "EVs2WQNxNwf6YWF6egftJypZgvazmlDq8iGcrrKT1HFt9GI+76TjRiVlL9e5lw3ouJrn7N"
    "TPcVnZ03XuaRtRSB3X0SxkawtMPFegfadaMinSO1k1Nevksu0apgzRF7OXFD5H8FGlYpwU"
    "lPBmwasjyxXo3jnwXUtKgJMAQ8MwX5nCqpnMjZPA99o0DQSJGOOkcAziJypdlea9PhJGWR"
    "wIKGMJuO73u5HZ/7oTDxI+3F2rgzcf+LRPL8J+vCWJuflK0SgYNAzL7OG43z6aTz5cyJEq"
    "IVL44KA85nktEd0aIgwPp0h0kD4A6D10u1nhwRDWFoOGPqPAXr9eyX75PkCbiKsYaz/01w"
    "9aO0GvSBrw0UiCA2cCPaw4Ug9BQ01ECXo6djVEaFMiP1AhtFhTKm1peXorfSpW1UfnNx9i"
    "apg+8q1ujddr0YkiR+SegLUIgCy0DjD9D9M33jKFA7B7gQVcAtsTpbgXFhfE3v8ZPD07z1"
    "XJi3/tE4+/xrNUbVW4sAsU1NUYra8f3ldP/+fy8uPHXy7ff/z869WnX365+vX9Wk9NnspS"
    "WK87X5n+FNGzAoVKxunPJ2KbJ04fzDXFFOuolEzFi5oqvgUtQjQ96BWWqSridbzYYjkBrw"
    "z7JbTo7GnBbBLqTgvwvEZM9NMVJzkmBnMJuN6zRA+Hovl70GAz8Q1/yPVLIfVtoFQFdW0i"
    "bVdO12bZdr20TxDTJn9ygOcgYLLcTgR0uGyDwGfeAsi2TZv+ZRmfLB10o/vyQ/5LAuyyJv"
    "Sk7lrNLbbpt/QGUrs9De2WdZVQrU2p9IAiz2xElz3ZKUwEKlNFE6Ua/oezQwhs57hBo4uO"
    "/PmnAJwbAQlmHEwbTdk0XWhwriUknInoSoZPOj2HLCpVjzwydtvG5JH5K5kmHunp/RITkx"
    "1TesfIpKBzSQqSDrLKg8/SeVOm8+ZI7gXbxf7XmXQtrE61Mt0K/kW5a1QJemW2Olr8xm35"
    "J1Nf8tpRSLCL6dwKvo3uuqLy0/yCsrK0BtNGS0asZMRKVpY2utcFepisLK2aAIfpDbt8RF"
    "HJg9guNVFwa/7JJGdKF7tGofrhtUDzItCV8HI5hjcrgm9wffNqh6tAd0KxmJmi4DNDWCXe"
    "ImEVRpW8kPzBBvTFE7KxCwsq0hfX6qAzUtrAlx6Te7X39eHu4U7ptYFFUfYWHjW9xkQZjD"
    "rf1W4bMHvpGRlj0r/v9DptYFqY4DEZdpSB0tPu1cGwDRwMbUhYPZIzJl+VLr1HG8ygQe8R"
    "N4zydPJlvgr8jAL8eA+zVcLApNAcFZZpAAFbFOIPub6jDxnf0Yfkd4R07Jq2hpmBCw2Bgz"
    "8dbIFo4zC/ygP5VTriV8llwVssoGjeSmcWDIk0AOAsJaoKVkHmxCmCdnC9hLow1BPzhdXA"
    "LOAMaZ5tFJlMBKI7dUDNgh2JGTznFJ45hyfmFANSJUBYCJMOeFjmgEMd64eZuD/kAzoD5s"
    "TEbXr2pPC4jkrJIZ13SFO13fVS1JHt2v1G+nC6vW7DqVtUtb8dKF9GbcBlx6TT0wbqY0f9"
    "ow0w0Wz0gtErVdtvvqm3D131lirtkznSPQPp1Ah4uO52ht/YUb75hDNnRxmknUd2ENqTOX"
    "7xY/zHV+bXj7iDUykuK91KNXYrsSFL+84jRZgbokIyAStBKeBRRIrWt0eEZIG70LdA59hZ"
    "cbpxsbSEOCuNI4ZZEu5deMfzFbbXEt2t2RziQRbJ6hjQ2XrQuRldCCaLEgBmRTkNBjgyP+"
    "7B2MDUNKcEwgY/x2Wwaq2qJe8IwEdHp/+amgtn5QA2grOmYsXUonJAeqQtNRUl7jnamwVE"
    "fUHEvQk11USoFvQd95+p7vxWmgrSX57p7suS8jtro6kA2avX1+hSpaOVCrE7VsEVaqi10/"
    "KIHYdXJqYvpOfWhlWKrTm2WkSdyZNs6xBoOXPTBeYUQAJW7QA4dZENEJzMgZ9aJ8q3LSQr"
    "Lrjd5A8Tb/FED+9VcyvzcMvOw131SgLpVGfQRuBwjqAq3eUl+4JkXnM61KeZ4ZonrzmYKJ"
    "N9nkHiH5I5fJXfcRxUldTzEVPE9Zyx04opZHc+xQyCA2TyBYpHQe92RErW0MmAwUGLEjda"
    "575FiZuWTnKgbnezRj7U7ZRSpbmvG802vJ/z+gB2KXPLppukK6ftdms0cBNvNUTTEd5mNt"
    "JbSJ6m0+BpkqpC+aoCHf4F8dxISCyllnAcLcGFgtqqwrCWFjusI6Sbz7SGVBA8IJmuHwTx"
    "yu0KwjpGmo9pknmIkP2TA5hczOu8IYZsAcekl1rcX7YmiQQ8Q43vPS7mmCyz8W1ai3+v9T"
    "6YkmzyZJSYWM/ldSrFxOTGpzk2Pq0rr2ddvKUCYk+pYku1sD46TB618Eh6zGYfHJEaE9kl"
    "J0OLiW/Ms12L+WNuAh3r4HUOXeCa9C+ezKkaMTFtfUNfPZlDMkPvQM9057Qj2F4t7LBy3w"
    "GsbNcBpg18LBnfVVKdqewuJfNmSbXlYL6XwvHmQ8aZD9ofzQ0zw0mQq7VL1d1GusYUMRc3"
    "A5Ui3QZ+OsSYPNzf8t9+ptGY3Kpdlf32J64xYVn2/YHKNgtwXLpCj8looPSGnVGn32NPBI"
    "mDWdtjog6UIb2OvqNDr+r26WfWBoY5w4T/6j+M+E/Tc+PzbR71uPyiPJbH6S79XipgicTE"
    "atzXOxoi5ZM+rCArplRHhGQ8NpoFxTWPQnzkIRHJeR1Zj8rIkcEWW2boBYUoZKJSjcuXKd"
    "+jQZdY096FcjomJ6cTAayeU3gT6YSgBDbT9bGGqwTvR7MTPOIDKyXJQzg5lOFaykuWfsrw"
    "prClHzuFhteiXQjcSv6JVpZHCbFLcrqShuYC+Y6bOX0u8IrdOaDj4hnNTUNHtvMbYD4cZh"
    "XxjX2fEHimhiMLZBlLQB/BNn/gBStTXiYdSCW3LenWazCxtzLcQ7IsIV0nbK6/SNKtN63X"
    "A4wk3Xp6z0q69aObIDX/ZJIzpaRbl3TrJ4zuM32zXcNCgWyNB/LFsD/sKN3OUBl22sAxHQ"
    "wN7EAHM7L1rjLqfPO51hlTwZxRrQ+Ue2XUBja0oMuCO3fXCovtLJ7gmHyhk0XnUenSZ0WO"
    "i1+gMSZD9a7TUwa0bbTABNpjct25G6nf2+AJL1z0TO+j3KkDfhcKuc3u0R99U6mEyQ2eHQ"
    "ZC+QEj2sG26+ywUEUE5TpV43UKEX2XDg6JyR0r69y/rBc0y0YTLFbh803pyVYOGLtBP5hX"
    "q+AEr/6p3NAJm8uOya3y9zbLxR6Tu35v9K0NFiZx52Oi3N8P+n927nhCQMgLVY/p9wURr5"
    "AOuRZoXGStGhXy5DinLQMSgopSql/cd5VejzNH+/Jj8k3t0p/MVTsmN0rvRu1yvukJe1PD"
    "qAuLdPg1Er2UvqNDTKwBH0PWilTFxg470eRKdtzccVFJipsvbJeHCzc9Zic5I3dg+7N4Dj"
    "62YAnMkRyw+3CDTUXNsRB8RnYZeA39ppqK1KE5SetpW0rGzfozbkan+7T0jPB6sCVNQwsv"
    "QzmoNjfVxDayTPpfMmN1xZAA3pyAYDOPhLDSGK0zTVYlZpJVU6ZbnMaqc6KBd5lucY69Lt"
    "MtDr+ZkqxwLz1/3ldnCpY3hWQknpnuobU2tqd3aJ0/fJKYbvUOhUdUDqJJScNw+jQMAo9S"
    "mmGW8Dtts86Snq9c2yFsktyBac8gwQ63umxAT7D/sWYZU0KG2bZjI9mWXKhN9tM2pVV3nG"
    "VTWnXno99Lq+4ce11adQe36vhylsAyX+ZGIFvnBNX+4KvS6wx5QqivECCbJY0ORp2bzr3S"
    "G7XBWl8hdeEXkVZhqVZ2SIMriGpSUmIrLe5DW9wxC2RPaIfR1poJcPLDrZ31HeQnpNndof"
    "yFbRZ3OGsij61t8R2qARdjVjF01wZxi1nH/vkWKyrHBDHz+Wm5IjFEOmDRb1NkfZfVbLY9"
    "7rciTXBpgktjTJrgstelCX7iJjhb1nc1wQPZA+bmY6KtluBi+NI31+7VwZCxf67bGJN+r9"
    "vpqe2VUsBoQ2/6g1v1Vnvs3Kr99lo/0Lh+UA8D3TUtPBF3WUpReiDQgBqKAxQUSQdIuQ4Q"
    "/1srCGhESCIq3R6HdntsVpk9Ub1fN9RMWCNfap38HF3G4f0FYsOz0YXAzxE538ryc3A2cG"
    "3qX5rbz8GuR7pPJd4Cz8hywdS0AWTbMhiI7c/gGOYr0BmBHtubwUZTz0HAgo7zSpUOMPOQ"
    "wxIIRM6OUtuWuzuc6O4OaEGHQRFNcC1Q46DZjqrg5VUe2mZ6VbqmfZUgbq4zP/bxoK6AIF"
    "tuU3Lajps0d11Caz2OKnCHFk9UTZljS6QIhM5mqgGL9XUFYx0/OYBlK/DUv3CWYMtn2GWj"
    "1VlvzzT8Tv+w4IVlmXRUIH50kR7xKKtxSdZbAysva7WXQY5zmTVlkKPJvS6DHJKsty7q5u"
    "l+MsmZMj2ZVNy1J5BAuqOB9iFXWORDRljkg5BnzWZfgmhWSt+dOSq15ybN9eSzEGEs2KMZ"
    "Eb0wemGZc8ZOhpBKz0o2PXuCNBvNvBVLTcHc5BR5yRgnk7+PEwWVAbtgCO0fsJP53wfJ/8"
    "6ckEsAexBp7BSn3+1Qp6xDtdoaLuC5E/qe1xR4WY7nDdteIcYxejOfPAwBf1/i33wubWPJ"
    "j5lT7hSmKvoMucBfexyAHeCgbF6yfdsV5tiHqB3Ccw5FNnIuyMCPHV6RscYP+7kxgouDD0"
    "Nm8ksn986Lj3R3Sie37HXp5K6Fk9tfbn1EEpDmS+iPNVFjz+gFHXvf1W/97i0rrg/pC2zv"
    "Jz/NP8jxH6hfO+y3ryGMifqossJ7rhnwsw9sr6jVFSF9+fiZ/unEwenbJoRlGpDvnzXdVb"
    "FngmNBonGndYFpKSq008xUM/ds2XMTRwiJdqPLBhUJN6GTkLZ581NsL5AoA9c0DQRJip4c"
    "losB+0QFq5oi1kcOO0tc9/vdyCxx3YlPAw931+rgzQc+ZdCLsO80kBykDecgraXD65RrrZ"
    "oIqNxDqXxAd4s4ylDjSYQamwJtRqRRchCXykFcl2BjLUduJbHGw4fKTxPbgpFyuR9gPljT"
    "9wMUwnro8vbTBLVYdbtMMyg8ZDPyC45c6M5mYexQxH/3kL28EGQZxK5oZSUbWMG1Gu0gG+"
    "evd2eXLwHF3GP5CuCZsOLzpyXArgOG35S3l1efwRsWD1pQICdgfR+wuk8LQMMwX98a9Kjz"
    "s6jgrYI77FH15swhvaE41JKiaK8lyvHMH7cEvpKa4PTMgL+CoZs3ErIWOFwY5EiVGlUEQk"
    "yLocMmPH6kwChPSjYgDhUP9eWL9WUF+xLRPpn6ko7+aSZBlFAVH/I6sKWLdvLUFJjGRTaS"
    "VSxMdbt+8JWe4HBI09oq3Uh2ZeumaFfbUjgtZFpG3i1jV6kLvwHae6aNp3jiV/DriA48Vs"
    "1vI5/zB/Idhaa2ueAJl+y50okCdm9OUgPUwCGZpRvJpeNclg6ZNdnkXpdZk5IaoGausRP8"
    "ZJIz5ZS+YWE7NiJU41TYXW3Yq6s8NuzVVQZh3lWCJMDwZoU8YqvrG+cPqwTdtf6uWTaa4h"
    "9FkBbJNs4vUwnxxQY5x5vujPpGVqKeB3W6BGBxfCod7bBM41CuZEbBjmZ5TwYdn1M8W/Eg"
    "F8glFolXllKcmMxPP6OY3tRlrqAE6n8b9nup6duBSFzlxBMX/Aew4FYpymZdwhsMi+zwRj"
    "ySEdMgWQPx8AZ3pRhoBg3tCTq4EL+vSLZx081Vrkn9KmNSvxJsrWFDZydbKyJ4EFOrLqP/"
    "5GwtmTFdbfapzDITB39aubPMBnSMDzo3o6x8nUS2r2CFKBR0y53pW8+pKRlri5b3+Ztu7o"
    "dRfOPRE/M550IqxiG+O1hR0vJmQrVhvdkHJ5Izyn2KH95fnunuOzX9ztpo0iCqMgvAB0uQ"
    "BLBGMT0HYNNZuXIAoOPQZ2BkSnDDvMTa4Lsbr4L6wnB/fkkZ2a+BstcCMrJ/PjFeGdk/x1"
    "6Xkf3D8yGhH4LPJz1fPLhepovvkC6eHq5JHbwZ0ZoKR+/7Exm9kmykYewYjUFUVsYfozJe"
    "0pvnBLa2+xGv/O0C38HGE5/uPPDd2bm9B9/RAhEdzmwMoL7ABDMRF78glu0Pf+Mlk7rpsu"
    "LICb0ZI2dmKf/PaAlYEQAdGMBZOi5aOMCZUxGRn6GSe0iPRA2m+Jb0SJyRbSo9EufY69Ij"
    "cQTKTr1QBnpwffOyo0unSi6a3N/gvP4qatMN9IIMMb7bWcXXwjUG++J+0H/s9G7UNrBs8w"
    "XT9+Dc4Grv5u+cGByRyXJMbjoj+nOCXfr/246fRtIGOtN88cQdk8dOt6t8pY28YPoCMxTX"
    "mo/zcVBtuzjLakRIpmRlbj3GoSrBNm94SlZkSMmUrEozQzgf2J4IlceYVj98ZHbRdow2pB"
    "W7I1QiRWT9AJrMsaHTOW0/iEqc9esHUYifdM9vrWw213pgVbHHOSBmFHudQ7SNmZ7n1XW5"
    "vc+8OAZg9q4+Vd+bh4cWoFMB/cH/6rAFht9b4N27dz8DtmGNi+k76YzM75n2UIu+CUtv5T"
    "Q1SwRtkfu5mptI/3MNdO2W9D+fkSdS+p/Psdel/1ly3dTMgXGCn0xypmSqza6e2kC2zo7a"
    "h4c2VV7G5P6+DSyLb/d4P1CHfL9Hi+LIj9yp/gaQVBXkv28V/lOH/NfXh2v+c+Y98d/XD/"
    "f895Pnt/eH0u3wA6/QwGMy/N4GzjP9q9K/aEz6o29s00mT64f5PuSqox9ckS0U/1hLNCLd"
    "9QCEJMxCKLAQBZdXtQodNMBUdmY2dkVupfTRuhao8cS041ithGdB0nBVGQxFBE6YMiRSTJ"
    "kaJcY4KpWlQjVJfWIqUXKjMtdLIVzZrqJspA82F9BzjHV7/TC5VZVOT/vSH7CYctACiyk/"
    "9r+rtyym/GI+I70eCoRnp0T3U2xqe/d4fs0cswnNIafqkKk7JPDFjuMV3pcvIiQj8DGWGc"
    "uAEzqdPi0LU83EJSW0WckN/ihMIix34xNkOEQ+2UiGA30C0HvoduP7cK0HYwkIn8VGXPGv"
    "NwXlXHkk0ynE+4YlFd7ICdrMNearqZmOIBNKSsJo9fXuiVHJ01w9YKo2DyArCyBfDkDBDA"
    "Ad24iZu8DFCDwh9xUhAtxXE4TzQcAb9tGYDLBWUBLGZogWmHpE50dZ7F4U/C+9fRn3r4Ea"
    "2gIy7n8+EWAZ9z/HXpdxfxn3r5nVeYKfzPnF/e/Vu+tOT1F4YH/xhAmEZEy+q3ed0YAffU"
    "YLTPuWHb1TGQG/1v/SBr4Bq5nTMfny0Lvt9L62A+1vTG76/QE9pIw6fdrAxDRtenytDh/f"
    "LU+7yy4eaYpKVR5pOob9lDPUhOhDFo/T6RI7eois+EyjuKXTpwXXN2AnhEOTpzmmZ0+KUn"
    "1FhCQvVSzDBNrUji+IaERIIpoZFfJH38GjQvWEdmvUIvKtbuf68geiBDcfuJHPtijhV7hg"
    "lpUIicZ0Md+0f4Uaau3E/ApHdVGvcctwVYex3e6y1sIdm8N1vWFMN23Aq6iBO4cuoMDxMj"
    "MHQBC0LfBMFxaXjucarHQt6Xg+IxekdDyfY69Lx7N0PNdMtz3BTyY5Ux6ZqfxkOraA+4Lr"
    "jQUBDctIOGNpRytToGimcERMeoS27Eu5sY33zmPNnd5VT2RzpLFGhtZ2l9AxmPVrORWUTq"
    "yPXsrh7iuPLK2OqIZXlzqR6g+R46RkNganWlleIse/KD+zkTnDBExtc8G57DnvPaDN/8Z/"
    "TkzzGSPAPK7Mz+Oaz4iA17npIDD8pry9vPrMSPAdl44tHcyRmFa/iltIJ1MNFs+WdDKdkb"
    "tBOpnOsdelk+nwbBJsCdTm0JknEc2glIhINY744POnHLlonz+l5qKxU7HNCxx7qnHUisAc"
    "lWog10z5QKMfFqaTzQ6LQlTyMItCTfwWNV8Dkkv/iv5hh16OSh7ENV6XNMWT62UDOq7mIL"
    "rSFO/nuKzs6Tr3NLbY1bTBFGabFHM5ItWA1NmqF0fPQbYGZ0KXXQZfTUSqcTBXwiHGMSvm"
    "/AmJyGBJZrCEIVWCz/nBaXJiZ2g41crlHEqqFbmdozm3Ga7n2M4IuXITTXsGCXZ48IhlGM"
    "5s07MAJtw3zPaIpW0swZvvnbsWWCAdQ/+KFoB8B6vUgvoyW5bO5hpMPi3pbD4jt6N0Np9j"
    "r0tns8xorJlSd4KfTHKmlJvJrkvar67y1LRfXaUXtbNzkp36cOhCA0NHRLH2t2G/l5KLux"
    "GJz0t44oL/AIMq/5X5SDYK9ZOHDRcT5x273zF0agZRZJJKVHfHC7ljsw9rIF7dPaGAzUxb"
    "QPCZj5wjLF/jGeaCWoZt8IwXYzIaKLcdxqmhdLU79bajsBtAHbMroaFx65GRb/RGam+k3Q"
    "xUZdQfMP4N4rIsM25kmPaYDGlDI/Vr50b7OuizPTpYN1Iw8ETjtueYfO0/qoPeHWtGWe3V"
    "PDOpAkNYqZ0GV7s282fQ+g+jrjpq+8arZnouXY/338zjYx7X28d0z9tHEenHifGjQ/r5vh"
    "RmR1duRp1HtQ186TG57Q/ulB7bTtu0F5C4fIftYb/7yNjSdew4pvFSF770qentQC0SlTrj"
    "LQD41o3aE3RwoWhJTKx59POVOPJDqGmbvTwLuvYzG5HlJtEF34COg6d4klIPkZEtk5Bs3h"
    "ivZHOm8JMl8E7nLIqJNSAweGjqIl+ZmswhIav4Rl6jIykpbY/SbQ/LZBo1hsW6Jiolu6X0"
    "blmREk6oPijwI6Z6ZuNiO7ln67Y4lOygZUYkC6IWGO4hkb3Ges2QPfSgZjHiHWpsZ1KPDO"
    "mRmQW2s7LKa4OGThHUHLW1oSEVSRwZqMPRoHMzykcIZvFKUmxtNj6I4l6EFowXh96HG6xq"
    "7TxCBwiWtkNvGHOiUMkdY7ZhxDfU0kMuB7l3TDZgpufOTNqKFtmyZR/AyuRiqB9emEzMhc"
    "QrE68qsylHcHYhyKJkh1tZ2ZMunOXLmkx/fZmnWAOFtwVknuL5ZKzJPMVz7HWZp3hwN1jd"
    "UtiaFnCSOWxlo5vwfOXx0QRkX4E2uLvevqJFW+mdJzbgj6K58+IzgeoeFKWl6+6ssCs345"
    "bjwukUwAmPerwD99BxXk2bkV/ZKOC5gg5Q7JlJLgEj9EAOMOkaKeLW2q8xaTBIg0GqjtJg"
    "kL0uDYamGQxoAbFRRKNdCzROpb28ykNbQa/KKMtIEFdM6Y21olZZRKgB2WnxtOx8edlZid"
    "kJw8w2RSzJ+XLnA9k6V1kot3edXttnhR0T9bbDSyeQjnnFhNJTun8fjuh5Ao2l447JY0f9"
    "gxU4vGD0uluFQ/nZ89ZK7S5M2pcQbKC7opKiMOxomyKNmJFs0lEPSYohEpaLgf1EBSv6Lo"
    "IDhzU8rvv9bkT5ue7EM2Af2L7Cbz5w6OlF2M8rSa6m64HK8ltnO+mmKU1IFrD66KRJU4Rz"
    "tnEC710J38LCsq/r1te7OSktrD2j5b4OSgt/R8uT7fLsLAwbveA1D//eTtzBqrWGggU9qu"
    "1piNCmRHXehQBjTam0paYOrPD+DrvDFNpK4sR0y6NEBhRk48n8QhAbWJ1pZUUH4Oaa2uT2"
    "pPqUhJ56gTtp9e3U1wNSijsp3TOf6q1LN/bS3XXSzEvj/rCsIgivLm8gupXE/Ff8FEmEs0"
    "uLxKyzByijO44eX1ptUQFdu/zF7L//DzYun94="
)
