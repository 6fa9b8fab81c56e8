from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        CREATE TABLE "regions" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "level" VARCHAR(20) NOT NULL /* PROVINCE: province\nREGENCY: regency\nCITY: city\nDISTRICT: district\nVILLAGE: village */,
    "parent_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE RESTRICT
) /* A Kemendagri administrative area; its dotted code is the key partner systems share. */;
CREATE INDEX "idx_regions_name_a5b1c9" ON "regions" ("name");
CREATE INDEX "idx_regions_level_39138d" ON "regions" ("level");
CREATE INDEX "idx_regions_parent__d4dda7" ON "regions" ("parent_id");
CREATE TABLE "events" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "title" VARCHAR(300) NOT NULL,
    "slug" VARCHAR(300) NOT NULL UNIQUE,
    "kind" VARCHAR(20) NOT NULL /* SOSIALISASI: sosialisasi\nPELATIHAN: pelatihan\nRAPAT: rapat\nLOMBA: lomba\nFESTIVAL: festival\nSEMINAR: seminar\nBIMTEK: bimtek\nPAMERAN: pameran\nOTHER: other */,
    "starts_at" TIMESTAMP,
    "ends_at" TIMESTAMP,
    "date_precision" VARCHAR(20) NOT NULL /* EXACT: exact\nDAY: day\nMONTH: month\nAPPROXIMATE: approximate */,
    "venue" VARCHAR(300) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PLANNED: planned\nHELD: held\nCANCELLED: cancelled */,
    "description" TEXT NOT NULL,
    "region_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE RESTRICT
) /* Something held with stakeholders; its date may be known only approximately. */;
CREATE INDEX "idx_events_deleted_15574b" ON "events" ("deleted_at");
CREATE INDEX "idx_events_title_44f4d6" ON "events" ("title");
CREATE INDEX "idx_events_kind_4f6882" ON "events" ("kind");
CREATE INDEX "idx_events_starts__e31d1d" ON "events" ("starts_at");
CREATE INDEX "idx_events_status_c1e5d2" ON "events" ("status");
CREATE INDEX "idx_events_region__c57a78" ON "events" ("region_id");
CREATE TABLE "people" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "full_name" VARCHAR(255) NOT NULL,
    "slug" VARCHAR(255) NOT NULL UNIQUE,
    "honorific_prefix" VARCHAR(100) NOT NULL,
    "honorific_suffix" VARCHAR(100) NOT NULL,
    "position" VARCHAR(255) NOT NULL,
    "is_public_figure" INT NOT NULL,
    "contact" JSON,
    "data_legal_basis" VARCHAR(500) NOT NULL,
    "erased_at" TIMESTAMP,
    "region_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE RESTRICT
) /* A person; honorifics and degrees are kept apart from the name. */;
CREATE INDEX "idx_people_deleted_8d0c08" ON "people" ("deleted_at");
CREATE INDEX "idx_people_full_na_25997b" ON "people" ("full_name");
CREATE INDEX "idx_people_is_publ_5aee97" ON "people" ("is_public_figure");
CREATE INDEX "idx_people_region__d3c4ae" ON "people" ("region_id");
CREATE TABLE "articles" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "title" VARCHAR(300) NOT NULL,
    "slug" VARCHAR(300) NOT NULL UNIQUE,
    "category" VARCHAR(20) NOT NULL /* BERITA: berita\nPENGUMUMAN: pengumuman\nARTIKEL: artikel\nOPINI: opini\nSIARAN_PERS: siaran_pers\nGALERI: galeri */,
    "dateline" VARCHAR(100) NOT NULL,
    "editor_initials" VARCHAR(50) NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "cover_image_url" VARCHAR(1000),
    "language" VARCHAR(10) NOT NULL,
    "source_url" VARCHAR(1000),
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nIN_REVIEW: in_review\nSCHEDULED: scheduled\nPUBLISHED: published\nARCHIVED: archived */,
    "published_at" TIMESTAMP,
    "view_count" INT NOT NULL,
    "author_id" CHAR(36) REFERENCES "people" ("id") ON DELETE SET NULL,
    "dateline_region_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE RESTRICT
) /* A news item; the body is sanitised HTML. */;
CREATE INDEX "idx_articles_deleted_a088b1" ON "articles" ("deleted_at");
CREATE INDEX "idx_articles_title_5efe48" ON "articles" ("title");
CREATE INDEX "idx_articles_categor_60b4a4" ON "articles" ("category");
CREATE INDEX "idx_articles_status_76d529" ON "articles" ("status");
CREATE INDEX "idx_articles_publish_d5516c" ON "articles" ("published_at");
CREATE INDEX "idx_articles_author__a0b48e" ON "articles" ("author_id");
CREATE INDEX "idx_articles_datelin_39ff65" ON "articles" ("dateline_region_id");
CREATE TABLE "event_coverage" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "article_id" CHAR(36) NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    "event_id" CHAR(36) NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_event_cover_event_i_8f05cb" UNIQUE ("event_id", "article_id")
) /* An article reporting on an event. */;
CREATE INDEX "idx_event_cover_article_b22db4" ON "event_coverage" ("article_id");
CREATE INDEX "idx_event_cover_event_i_6a93bd" ON "event_coverage" ("event_id");
CREATE TABLE "event_speakers" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "mode" VARCHAR(20) NOT NULL /* IN_PERSON: in_person\nONLINE: online\nRECORDED_VIDEO: recorded_video */,
    "topic" VARCHAR(300) NOT NULL,
    "event_id" CHAR(36) NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "person_id" CHAR(36) NOT NULL REFERENCES "people" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_event_speak_event_i_ace6a0" UNIQUE ("event_id", "person_id")
) /* A person speaking at an event, in person, online or by recorded video. */;
CREATE INDEX "idx_event_speak_event_i_eecd7b" ON "event_speakers" ("event_id");
CREATE INDEX "idx_event_speak_person__158812" ON "event_speakers" ("person_id");
CREATE TABLE "quotes" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INT NOT NULL,
    "article_id" CHAR(36) NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    "person_id" CHAR(36) NOT NULL REFERENCES "people" ("id") ON DELETE CASCADE
) /* A passage of an article quoting a person. */;
CREATE INDEX "idx_quotes_article_757b7a" ON "quotes" ("article_id");
CREATE INDEX "idx_quotes_person__c83113" ON "quotes" ("person_id");
CREATE TABLE "stakeholders" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "name" VARCHAR(255) NOT NULL,
    "slug" VARCHAR(255) NOT NULL UNIQUE,
    "aliases" JSON NOT NULL,
    "category" VARCHAR(30) NOT NULL /* KIM: kim\nTRADITIONAL_MEDIA: traditional_media\nCONTENT_CREATOR: content_creator\nSTRATEGIC_GROUP: strategic_group\nGOVERNMENT_AGENCY: government_agency\nMEDIA_OUTLET: media_outlet\nOTHER: other */,
    "status" VARCHAR(20) NOT NULL /* ACTIVE: active\nDORMANT: dormant\nDISSOLVED: dissolved */,
    "founded_on" DATE,
    "legal_basis" VARCHAR(500),
    "legal_basis_regulation_id" CHAR(36),
    "classification" VARCHAR(100),
    "description" TEXT NOT NULL,
    "media_channels" JSON NOT NULL,
    "potentials" JSON NOT NULL,
    "member_count" INT,
    "contact" JSON,
    "region_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE RESTRICT
) /* An organisation or group in the registry (KIM, media group, agency, ...). */;
CREATE INDEX "idx_stakeholder_deleted_ce2b44" ON "stakeholders" ("deleted_at");
CREATE INDEX "idx_stakeholder_name_8c8ed6" ON "stakeholders" ("name");
CREATE INDEX "idx_stakeholder_categor_8b994d" ON "stakeholders" ("category");
CREATE INDEX "idx_stakeholder_status_7e1c2e" ON "stakeholders" ("status");
CREATE INDEX "idx_stakeholder_founded_35afa4" ON "stakeholders" ("founded_on");
CREATE INDEX "idx_stakeholder_legal_b_feeefa" ON "stakeholders" ("legal_basis_regulation_id");
CREATE INDEX "idx_stakeholder_region__fcc4fb" ON "stakeholders" ("region_id");
CREATE TABLE "event_participations" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "role" VARCHAR(20) NOT NULL /* ORGANISER: organiser\nPARTICIPANT: participant */,
    "event_id" CHAR(36) NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
    "stakeholder_id" CHAR(36) NOT NULL REFERENCES "stakeholders" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_event_parti_event_i_ffefc2" UNIQUE ("event_id", "stakeholder_id", "role")
) /* A stakeholder organising or taking part in an event. */;
CREATE INDEX "idx_event_parti_role_e34d6b" ON "event_participations" ("role");
CREATE INDEX "idx_event_parti_event_i_4444d5" ON "event_participations" ("event_id");
CREATE INDEX "idx_event_parti_stakeho_1db288" ON "event_participations" ("stakeholder_id");
CREATE TABLE "regulations" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "kind" VARCHAR(20) NOT NULL /* UU: uu\nPP: pp\nPERPRES: perpres\nPERMEN: permen\nPERDA: perda\nPERGUB: pergub\nPERBUP: perbup\nPERWALI: perwali\nSK: sk\nSE: se\nOTHER: other */,
    "number" VARCHAR(100) NOT NULL,
    "year" INT NOT NULL,
    "title" VARCHAR(500) NOT NULL,
    "slug" VARCHAR(200) NOT NULL UNIQUE,
    "enacted_on" DATE,
    "status" VARCHAR(20) NOT NULL /* IN_FORCE: in_force\nREVOKED: revoked */,
    "url" VARCHAR(1000),
    "issuer_id" CHAR(36) REFERENCES "stakeholders" ("id") ON DELETE SET NULL,
    "replaced_by_id" CHAR(36) REFERENCES "regulations" ("id") ON DELETE SET NULL
) /* A legal instrument (UU, Permen, Perda, SK, ...) identified by kind, number and year. */;
CREATE INDEX "idx_regulations_deleted_9b00a1" ON "regulations" ("deleted_at");
CREATE INDEX "idx_regulations_kind_b00600" ON "regulations" ("kind");
CREATE INDEX "idx_regulations_year_47d3c5" ON "regulations" ("year");
CREATE INDEX "idx_regulations_title_94e713" ON "regulations" ("title");
CREATE INDEX "idx_regulations_enacted_112d50" ON "regulations" ("enacted_on");
CREATE INDEX "idx_regulations_status_6e256d" ON "regulations" ("status");
CREATE INDEX "idx_regulations_issuer__ed006a" ON "regulations" ("issuer_id");
CREATE INDEX "idx_regulations_replace_4cd402" ON "regulations" ("replaced_by_id");
CREATE TABLE "affairs" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "position" INT NOT NULL,
    "description" TEXT NOT NULL,
    "regulation_id" CHAR(36) NOT NULL REFERENCES "regulations" ("id") ON DELETE CASCADE
) /* A public-information affair (urusan) defined by a regulation. */;
CREATE INDEX "idx_affairs_regulat_422ea0" ON "affairs" ("regulation_id");
CREATE TABLE "memberships" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "role" VARCHAR(100) NOT NULL,
    "started_on" DATE,
    "ended_on" DATE,
    "person_id" CHAR(36) NOT NULL REFERENCES "people" ("id") ON DELETE CASCADE,
    "source_regulation_id" CHAR(36) REFERENCES "regulations" ("id") ON DELETE SET NULL,
    "stakeholder_id" CHAR(36) NOT NULL REFERENCES "stakeholders" ("id") ON DELETE CASCADE
) /* A person's role in a stakeholder, with dates and the SK that appointed them. */;
CREATE INDEX "idx_memberships_deleted_ca5fbe" ON "memberships" ("deleted_at");
CREATE INDEX "idx_memberships_role_d590ac" ON "memberships" ("role");
CREATE INDEX "idx_memberships_person__3dd1c1" ON "memberships" ("person_id");
CREATE INDEX "idx_memberships_source__3d112b" ON "memberships" ("source_regulation_id");
CREATE INDEX "idx_memberships_stakeho_ab70e3" ON "memberships" ("stakeholder_id");
CREATE TABLE "mentions" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "target_type" VARCHAR(20) NOT NULL /* STAKEHOLDER: stakeholder\nPERSON: person\nREGION: region\nEVENT: event\nREGULATION: regulation */,
    "evidence" TEXT NOT NULL,
    "span_start" INT,
    "span_end" INT,
    "confirmed" INT NOT NULL,
    "article_id" CHAR(36) NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    "event_id" CHAR(36) REFERENCES "events" ("id") ON DELETE CASCADE,
    "person_id" CHAR(36) REFERENCES "people" ("id") ON DELETE CASCADE,
    "region_id" CHAR(36) REFERENCES "regions" ("id") ON DELETE CASCADE,
    "regulation_id" CHAR(36) REFERENCES "regulations" ("id") ON DELETE CASCADE,
    "stakeholder_id" CHAR(36) REFERENCES "stakeholders" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mentions_article_e809a3" UNIQUE ("article_id", "stakeholder_id"),
    CONSTRAINT "uid_mentions_article_5bb3b6" UNIQUE ("article_id", "person_id"),
    CONSTRAINT "uid_mentions_article_22f8ea" UNIQUE ("article_id", "region_id"),
    CONSTRAINT "uid_mentions_article_ea7404" UNIQUE ("article_id", "event_id"),
    CONSTRAINT "uid_mentions_article_7f9b83" UNIQUE ("article_id", "regulation_id")
) /* An article naming one entity; exactly one of the target columns is set. */;
CREATE INDEX "idx_mentions_target__9c8a64" ON "mentions" ("target_type");
CREATE INDEX "idx_mentions_article_e1dc9a" ON "mentions" ("article_id");
CREATE INDEX "idx_mentions_event_i_8fe4d4" ON "mentions" ("event_id");
CREATE INDEX "idx_mentions_person__d187fe" ON "mentions" ("person_id");
CREATE INDEX "idx_mentions_region__aa8692" ON "mentions" ("region_id");
CREATE INDEX "idx_mentions_regulat_7faba2" ON "mentions" ("regulation_id");
CREATE INDEX "idx_mentions_stakeho_128169" ON "mentions" ("stakeholder_id");
CREATE TABLE "relations" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "kind" VARCHAR(20) NOT NULL /* PEMBINAAN: pembinaan\nKEMITRAAN: kemitraan\nMEMBER_OF: member_of\nFUNDING: funding\nCOORDINATION: coordination */,
    "started_on" DATE,
    "ended_on" DATE,
    "note" TEXT NOT NULL,
    "source_id" CHAR(36) NOT NULL REFERENCES "stakeholders" ("id") ON DELETE CASCADE,
    "target_id" CHAR(36) NOT NULL REFERENCES "stakeholders" ("id") ON DELETE CASCADE
) /* A directed tie between two stakeholders (mentoring, partnership, funding, ...). */;
CREATE INDEX "idx_relations_deleted_da8a30" ON "relations" ("deleted_at");
CREATE INDEX "idx_relations_kind_8aa4c0" ON "relations" ("kind");
CREATE INDEX "idx_relations_source__a20fd1" ON "relations" ("source_id");
CREATE INDEX "idx_relations_target__04f883" ON "relations" ("target_id");
CREATE TABLE "relation_evidence" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "deleted_at" TIMESTAMP,
    "article_id" CHAR(36) REFERENCES "articles" ("id") ON DELETE CASCADE,
    "event_id" CHAR(36) REFERENCES "events" ("id") ON DELETE CASCADE,
    "relation_id" CHAR(36) NOT NULL REFERENCES "relations" ("id") ON DELETE CASCADE
) /* An article or event that documents a relation. */;
CREATE INDEX "idx_relation_ev_deleted_7d7062" ON "relation_evidence" ("deleted_at");
CREATE INDEX "idx_relation_ev_article_212e0a" ON "relation_evidence" ("article_id");
CREATE INDEX "idx_relation_ev_event_i_95fda9" ON "relation_evidence" ("event_id");
CREATE INDEX "idx_relation_ev_relatio_4f3d6a" ON "relation_evidence" ("relation_id");
CREATE TABLE "tags" (
    "id" CHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "slug" VARCHAR(100) NOT NULL UNIQUE
);
CREATE TABLE "article_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "article_id" CHAR(36) NOT NULL REFERENCES "articles" ("id") ON DELETE CASCADE,
    "tag_id" CHAR(36) NOT NULL REFERENCES "tags" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_article_tag_article_53c588" UNIQUE ("article_id", "tag_id")
);
CREATE INDEX "idx_article_tag_article_4d2727" ON "article_tags" ("article_id");
CREATE INDEX "idx_article_tag_tag_id_17ddbb" ON "article_tags" ("tag_id");
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return r"""
        """


MODELS_STATE = (
    "eJztXWtz4jjW/isqvmxPFdvVnXSmZ+m3tsoh7sQbLlkgmdldtlwCC1DFyIwvSVOz899fSb"
    "bBd2wwYEBfuoPtI8wj6ehcHh39UZsbGtKtj9JkArFZa4A/agTOEf0jcqcOanCxWF9nF2w4"
    "0vmjkD/Dr8GRZZtwbNPLE6hbiF7SkDU28cLGBmEPS2DhjHQ8/ismE8OcQ3YduC2AD47pWJ"
    "D8BDQ0wQRpYLQEEJho6uj8uY/sKzRjTL8Dk2kprTkE/+4g1TamyJ4hBsF//ksvY6KhH8jy"
    "Py5e1QlGuhZCCGusAX5dtZcLfu35Wbn7zp9kbzpSx4buzMn66cXSnhlk9bjjYO0jk2H3po"
    "ggE9pIC4BHHF33YPYvuW9ML9img1avqq0v0J8LHZ11Qe3/Jg4Zc0z4N7F/vvzde7XAY6ra"
    "6Q7UvjxQ1Vqsx9grRGD3Lo0NwnobE5sB9cefbrtrQPjVGvuC5oPU+3D9808cAsOypya/ye"
    "Gq/ckFoQ1dUQ76GuWxiRgmKrTjaN/ROzaeo2TEw5IR5DVP9KP/xzY94F9Yd8F60Pvg+vDt"
    "AfAa/YFal+hLr+8zOmCgtOX+QGo/sa+bW9bvOsdPGsjszhW/uoxc/eD2l0HnszvPV42AX5"
    "XBA2Afwb+7HTnaq6vnBv+usXeCjm2oxHhXoRYYpv5VHzX65LrXnYW2Za+HJUWvV6XXfYwC"
    "3e69/brX35BpMTRiXa4QO7m3AxKRrqZw7atzP++rZ6fsDf569fnL1y+/XP/85Rf6CH/L1Z"
    "WvGZ2tdAZcla7h5P/HsGzOoJkMpv98BEn6iqc4Tebwh6ojMrVn9OP1p08Z0L1IPXeF+vQp"
    "Mvg73q0r914YXzr6sV1svAZFDjdgP53IgA2+RgzTAfqRAmpE7HDDt3YEU2og/zYIqXN/iH"
    "5oS7/9FFLprW7n3n88MKSbre5tBPi1UawWs2pjgmUauPEuiFm4e1Qg25uzzGOYvCZas2u8"
    "4ih/N0yEp+QRLTnWCn0bSMZJGtnzzXqhxk4S3fXV9feb8H3lbcUHGP2D/nhku2uZ1G9Kd3"
    "KNQz6C49d3aGpqCHt2x7gyIldWz8Zvza/m0SuQwClHiP0W9ua+c2za2J1Vcb/Zu1XPdJzd"
    "h3J7zgS9WwDbaP4NUGcVjAxtCbAFqJNLFxWLergPg3YryUnOLyj84QookLrwhy/IMxL+8C"
    "X2uvCHj+BeMLthm0kUlixhEnlzvlrG2AlOmbimtLGtF4p6rAT25TcesicPEPWwdGdaBF//"
    "+XLg3WzknTa6Y4rF1DCXyQjLxJnHnMOwkReQP9iAro2QiW1Y0JCu3co9ZSA1gCs9JE9y5/"
    "65/dyWOg2woCg7c4e6XkMi9QbKo9xqAOYvvSJ9SLpPSkdpAGOBCR6SviL1pI76JPf6DWBh"
    "aEKiLuhCOCT3Uot+RwNMoU6/I+oY5enkqzx9fJXexVexHmarhI5JIR0VlDmD8FYY4s+55t"
    "HnjHn0OT6PkIZtw1Qxc3Ch63bnBTtB9Owwv8kD+U064jfxZcGZz2GS3kqP2wZEzgDgQ8ds"
    "WRCnCNr+8wLqwlCPDepXqXgOp0h1TL2IMkkQ3aoDNjsMR8yuUf2bU4Vn6vCYTtEhNQIock"
    "UAD8occKhj7TCK+3M+oDNgjiluwzHHhcd1WEoM6bxDmprttpNijmy27tfSh7PtNRNO7KKm"
    "/V1P+j5oAC47JEpH7ckvivxrA2CimugNo3dqtjcf5LvnlnxHjfbxDGmOjjTqBDzftpT+A7"
    "vKqX3WjF1lkCov7CI0xzP8hrRqGPOrV9wiqBSVFWGlCoeV2JClfeeQhG5Oj8aGhATfIxqQ"
    "pYjPmKdVKHEYEtohf3gyc2VjsjAeW6A6dlqczJEsLSDOInREMIvDvQ2rIx+jo5LobiR0JA"
    "+yEKujR7V1T2kOagnKogSAn5BpnTHAIf0YwpW+Aeg8t1pZdJkA3i45RbXhNMFevfWkvz/2"
    "0JqDlAy4x4UZwOm+FrwjwB4PECQ6qkVwkt8QsZuBps4Rqjn9jbTdHYdU223lXEH63TFstC"
    "NE/2RtnCtApvfzVepLashT99tj5T8hB1o7rehFKmoH4D8yxZ5OgfTU/kYW5Gqh2ciETAcl"
    "gb34H7999zuntf/uwme8xdNUby/RXE7w8ryRU90st+vl/e3q6vr669Wn659/ufny9evNL5"
    "9W7l78Vpbfd6vcM9evHnTdfV8wnefoj4qCzmFISpDRw+4hHf4F8VxLCCwz/cCAktnRPQkw"
    "x08S180OSmiOJvP5I6O2BFhL8z6qCOl6mlZpewT3Z5IsA/dGplGA2CM5N0b0jTld7imOYE"
    "bfC7xjewbocHhFM0PXqLP/DWDbAizwAOZwCUYIvBLjnQCD6EtAX8E0fuA5C0ss43snSm5b"
    "bK+ogBrPMjvE9op0u/A0ifZie8Ul9rrYXiG2V1TMijvBKSO2V4jtFWeF7iv9ZcnobiZf+b"
    "IVHsi1frevSC2lL/WVBrAMC0MdW9DCbHNFSxooD+7eChbtnrGtFT3pSRo0gAkX0B6SVrd9"
    "KzWAbsxHcEi+U2WhvEgt+q7IsvEb1IekL7eVjtSjbaM5JtAcklulPZAfG2CE5zZ6pd8jte"
    "Ue/xYKucm+ozt4kKmEwR2eLQZC+awt2sGmbW2xUIUExTpV4XUKEW2bDg6IHaR7j5EjOov+"
    "Zb2gLkw0xskmfD6VHm/lgJRx9INFtQoqePk3qUkVNpcdkjvpXw2gweWQtLudwUMDzA1iz4"
    "ZEenrqdX9T2rSnGsEoVDXU7xsiTiEbciVwBntXDmFCnhzHfKFDQlDRLRS1p5bU6XCmuCs/"
    "JA9yi35kodohaUqdptzi/PIx+6W6XhXWuKhzdrw6Z1vVOBNsWB+ijeXNBAk2X1WzjdzXPB"
    "xNwTvMQj28U4ennfEClsA+5IA9BRs8V9SsBYKvyCwDr77b1LkidWheazV9S8HarD5rM6zu"
    "0+gZwfVgA01DDS5DOepYEuBRgICJFgb9k0wBO7aBAN5cQgHLPBKJ3E+0Ypp4rKqd2J+Cbi"
    "HoFiLxLugWotcF3eLodAtBkC+fIO+aM8UQDcoIPDPDQytrbMfo0Io/fJKYbowOBUfUZnq8"
    "2HlQ6s6DI1LlwxGlNMcsFnfa5J3FI195zhoIkNyBYU4hwRb3ukxAb7C/WLMAZ7ptWzaS7c"
    "kF2mQfTUN4dcdZNoVXdzn2vfDqLrHXhVd3cK+OL2cxLPMxN3zZKhNUu717qaP0OSHUNQiQ"
    "yUijvYHSVJ6kzqABVvaKOxqOT9cQXmG5XnbAgiuIalxSYCs87kN73BEPZEdo++HWzhPg+M"
    "StnPft8xPS/O4Af2GTxx1kTeTxtRe8Ih3gYswrhvbKIa4z79i9X2ebyjFBzH0eLYGJxoap"
    "IQ2w7LeR5H2X1Wy2P+62Ilxw4YILZ0y44KLXhQt+4i44W9a3dcF92UOePOEeduX2ZhFXXH"
    "GPzOp2eFV+t40h6XZaSkdueEbBkPTkZrd3J9+pL8qd3G2s7AOV2wfVcNBtY4HHyV2Wsind"
    "FziDPRQH2FAkAiDlBkDcuVYQ0JCQQFSEPQ4d9livMjuimrsA+4nCGpqpVYpztNF8RN9thh"
    "e1hChH4G49K8YxXz1XMMDxFwuwFAXP9wepAXW3rB5zLiwAiQbsGQL9R/ofi1gsFgaFGvGr"
    "8/QwR1mNiwp9FVDtdRHZuCAfV0Q2LrHXRWRDVOirmGV3glMmrinTGSTJXXsCrJEtYyF7OV"
    "iclwCjMyFJK7E5lEpcCEhlzZ9S5s4xNrEmYcwmRDSWRLTC6AVlLhk7ETcqnYrkHmNsoqnj"
    "bU0vSEhKkRdlYgTj6zihTxGl84fQ7lE6Qfo6COkrUyGXAHYv1Ngpqt/NUKesQ4XP/9xv+J"
    "mk7WwL1L3JCjyvS+wUKjNCv8ytGIIAa8JefnMLaOpLfs2Y8KAwNdGnyAbu2mMBbAELZRcj"
    "2bXdTcfVBXUORTZ0z6fdRS57Fdiil92EWMLD/sQQ9D0R5N568RHhThHkFr0ugtyVCHK7y6"
    "2LSAzSfCy+SBMVjozW6Nh7lB+6rTu2oy5gL7ADH1xun0/s68n3CvvsWghDIr/IbLcdtwz4"
    "3Wd2QIT3RMBePj69L71aYHqt5KDMGZD8stTdPgolWwtIVB60LqCWwkJbaaaKhWfL1k0cIZ"
    "R0BE02qCjx5BkBaYM3P8HmHCUd1m0YOoIkxU4OykWAHVHBfamI1ZXDaonbbrcV0hK3SlQN"
    "PLdv5d6Hz1xl0IewGzQQhcfOvPBYJQNep0ywPkdAxcEJ5QO6XcZRpBpPItV4LtBmZBpF4c"
    "FSCw9WJdlYyZG7l1zj4VPlp4ltwUy5OAQoH6zphwAlwnroPW2nCWqxLW2CZlB4yGbwC468"
    "u83TwgnsgrV+TicXLJCx0POeYOIF1b8BOgwME0/w2N1bpiFqPrF9ZiYCr2jBNpixArcT05"
    "hzKgB7r/QtbNs3JzatVcBUrot8/gVldkU+/xJ7XeTzxaa1ihltJzhl4ppyQn+hyj/E+jh9"
    "51pIqMIkjfxTJ0ykuLnJw6S4uUmnUrB7kfCo7kyLYOw/Xw68m42900Z3Zb+rCxNN8I8iSC"
    "fJngFz5QBbMtfIWc5ka9TXsgL1PKjTJQAnR07S0Q7KnB3Ke9Eo2FIXzkin43OCp46ZdGJu"
    "FsslSXxvZJeYMj99rgv9UpuFgmKo/6Pf7aQSi3yRqMmJxzb4H9CxdYK8rQy8GRYhvGMMxC"
    "jZMGJBsgaiDEQeStHRFOrqCFo44VztdDWTJHt26uYml1K/yVDqNwmVHk1obeVrhQQP4mpV"
    "ZfSfnK8luDz75UWI/Oeu+c8eHeM9pTnIyiTFeCgJK8StJ/n9sYfWmbldOSjVVE0xuCPEc/"
    "cMiN0wip6DcWIx51xIRapbbg9WuJzmeUK13o+9C06ktJx59TD63THsXVXTP1kb5zSI9skC"
    "cMFKIAGsUEznAKw7KxcHAFoWfQe2zR+uawKwNvhhO15SPzHdn19SZPYrYOzVgcjsX06OV2"
    "T2L7HXRWb/8Dv10Y+E6ZO+p9t//nChvCNFlPaxozs9XZM6eDOyNXscvZ9OZPSKbbBntm/z"
    "bBAVe7aOsWdLFN7MCWxlj8fx4u0JsYN1JD49eOCGs3NHDx7RHBENTk0MoDbHBDMRG78hxv"
    "aH3wC2LaAZNjubZky/jJUNZJT/V7QEbBMAHRjAWlo2mlvAmlGRpDjDXr5DRCQqoOLrIiJx"
    "Qb6piEhcYq+LiMQRikmlHf2bxvUq87jfKrGjSy/iV5Tcf8a8/lzErasM4tZVnLilozekJ+"
    "O7ud7lSrjCYNeeet0XpdOUG2BhGm+Y/g5etVLuNP/FS1YiMl4OSVMZ0I9jbNO/7xSXRtIA"
    "GrN88dgekhel1ZLuaSNvmP6AKYpazceZHNTaLl7/KyQkKFmZh2JwqErwzc+ckhUaUoKStV"
    "dmCK9UsSNC5dXyqB4+gl20GaN10YrtESqxeFH1ABrPsK5RnbYbRCVq/epBFKicteNcK7vO"
    "WDWw2nPE2S8ZlBx1DhQUyow8e8/ljj7zzTEAs9/qMEULPjw/1wFVBfQD/1+DddB/rIOPHz"
    "/+BFgpdRvT36SB0RK80h6q01/C6K28TM0SQTMp/LyfLxHx5wrY2nURf76gSKSIP19ir4v4"
    "s6h1U7EAxglOmbimZKbNtpFaX7bKgdrn5wY1Xobk6akBFgt+ENFTT+7zk4gWFEd+pS27Rx"
    "NRU5B/vpP4Rw3yT/fPt/zj1Bnxz7fPT/zzyHHb+1VqKfzCO9TxkPQfG8B6pf/L9H80JN3B"
    "AzsOyeD2Yb6JvO/sBzdkC+U/VhJnQXc9QEES5iEUWIj8x/e1Ch00wVQ2MxvbSWGl9NG6Eq"
    "iwYtpyrO6lzoIow7XPZCgicMyMoSTDlJlRyRiHpbJMqHMyn5hJFD9Cw3ZSCq5sNlHW0gfT"
    "BfSeOjHM1cvkNlWUjvq922M5Zb8FllN+6T7Kdyyn/Ga8Iq0aBoRjpmT3U3xqc/t8fsUCsz"
    "HLIafpkGk7xPDFluUUPjEmJCQy8JEqMwsdjqk6HS0Ll5qJSgpos8gN7iiMIyzOiUlgOISm"
    "bIjhQN8AdJ5bregJEavBWALCF3FERHT2pqCci0cymUC8a1pS4o2coM9c4Xo1FbMRBKGkJI"
    "y82bsjRiWruWrAtF8eQBYLIB8HoCADQMMmYu4usDECI2S/I0SA/W4ED5G3wAc2aQwGWN3f"
    "EsY0RB1MHKLxqyx3n5T8L719kfevgBlaByLvfzkZYJH3v8ReF3l/kfevmNd5glPm8vL+T3"
    "L7VulIEk/sz0eYQEiG5FFuK4Mev/qK5pj2LbvallkBfrX7vQFcB1Y1JkPy/blzp3TuG771"
    "NyTNbrdHL0kDpUsbGBuGSa+vzOHjh+Vpd5nFM01hqb1nmo7hP+VMNSH6ksXzdJrAjl4iXj"
    "3TMG7p5dP858/gJIRDF0+zDMccFy31FRISdakiDBNoUj++IKIhIYFoZlbIHX0HzwpVE9qN"
    "WYvQXN1c68sdiALcfOCGpm3Rgl/BDbNsi1DSmC4Wm3afkAOtnVhc4agh6hVuGaHqILabQ9"
    "ZqsGNzhK7XFdMNE/Bd1MCeQRtQ4Pg2MwtA4LedEJkuLC4CzxVY6eoi8HxBIUgReL7EXheB"
    "ZxF4rphte4JTJq4pj1yp/GQ6tkD4gtuNBQENygg4I7QjzxUoyhQOiYmI0IZzKde+8c481t"
    "z0rmoim4PGGhpam0NCx6isX0lVUHphffRWTu2+8oqlVRHV4OpSpaL6wQhnQsgoEgBNjxZF"
    "y1TlChQZ5hQSbPGZzMI9U9NwFgATXuaeFeynbSzBh0elXQdzpGHoPlEHkJcTTWU3ltmyCC"
    "9VYNmsi/DSBQUaRHjpEntdhJdEeKliVt0JTpm4phSV/Vf8wpubPATDm5t0hiG7J0qFHA5d"
    "qGNoJe13+0e/20kJjK5FonoJj23wP6BT439fmj9gUI8crNuYWB/Z9x3DpmYQhZRUjGoXZd"
    "VFtA9rIEq1G1PApoaZsNs6H1M6KF9hDVOjnmEDvOL5kAx60p3CCM5SS23Ld4rEvgBq/OhV"
    "qKvce2RM6M5A7gzUZk+WBt0eI0MTm7n83MkwzCHp04YG8r3SVO97XVYwjXUjBQOPVe57Ds"
    "l990XuddqsGck7OGNqUAOGMN6DCr0jNPg7qN3nQUseNFznVTUcm67Hu1dWu87DwL5OZ2Bf"
    "JzGwT6xYDRyzI/gKztea1BwoL3IDuNJDctfttaUOO9vEMOeQ2Py4k3639cJK12jYsgz9rS"
    "rFayaGswXPOyx1wfWYeB1tdQQtnDLOk/GLiJ1fLaC9VGYLoKauC6sXTExlNiJyf+EFX4eW"
    "hSd4nJKcyjh9LSZ5fmN8L5Uyg28Wwzt9A0lETOwjKbyPxDWmxjNIiJffyOt0xCWF71G677"
    "EwmEWNYbGuCUuJbim9W7wdomNqDybEEVMjs1GxrcKzVVscSj/wlNgsiVpguAdEdhrrFUP2"
    "0IPaPS6+MOFpKuzIgB2ZyXaaJpo34sjHKNEpMKR2OPJxwWk9eLGuQrX9Hi3O1HkKNrivtf"
    "MYu7SOX73vRKES5fs2YcSrm2pq5EC4XTZLnmEhvyBghmNPDdqKGqqft/vu0nOdhJiMjbnA"
    "KxOvfbIpB3BaS2BRssv1LPakDaf5WJPpP1/wFCtg8NaB4CleDmNN8BQvsdcFT/HgYbCqUd"
    "jOLeEkOGxloxuLfOWJ0fg7r3xrcHu73duj5tmdJzbgj2K5S8jE41ktwXj37mTa73D9TGUs"
    "+NSlJtGAT1hlvGlY3albyiqTbrCnLuLpijF9FT+HtWc/DN/FogjC3uNniO5eVnaPhVo0gY"
    "gSU7IHSJafeAaxwLJf/mL25/8Dr7bvBg=="
)
