"""The seed article's graph, read back through the API exactly as the article prints it."""

from tests.conftest import GraphQLClient

SEED_TITLE = "KIM Mitra Pemangku Kepentingan Urusan Informasi Komunikasi Publik"


def nodes(connection: dict) -> list:  # type: ignore[type-arg]  # JSON of any shape
    return [edge["node"] for edge in connection["edges"]]


async def test_seed_article_with_its_graph(gql: GraphQLClient) -> None:
    data = await gql.data(
        """query($q: String) { articles(filter: {search: $q}) { totalCount edges { node {
            title category dateline editorInitials viewCount publishedAt language status
            author { fullName } datelineRegion { code name }
            mentions(first: 20) { totalCount edges { node { targetType confirmed target {
                __typename
                ... on Stakeholder { name } ... on Person { fullName } ... on Region { code }
                ... on Event { title } ... on Regulation { number year }
            } } } }
            quotes { totalCount edges { node { position person { fullName } } } }
            events { edges { node { title } } }
        } } } }""",
        {"q": SEED_TITLE},
    )
    assert data["articles"]["totalCount"] == 1
    article = nodes(data["articles"])[0]
    assert {k: article[k] for k in ("title", "category", "dateline", "editorInitials")} == {
        "title": SEED_TITLE,
        "category": "BERITA",
        "dateline": "Tana Paser",
        "editorInitials": "Rzk/ty",
    }
    assert article["viewCount"] == 691
    assert article["publishedAt"] == "2022-11-16T06:34:00+00:00"
    assert article["status"] == "PUBLISHED"
    assert article["author"] == {"fullName": "Rizky Kurniawan"}
    assert article["datelineRegion"]["code"] == "64.01.04"
    mentioned = sorted(
        str(
            m["target"].get("name")
            or m["target"].get("fullName")
            or m["target"].get("code")
            or m["target"].get("title")
            or f"{m['target']['number']}/{m['target']['year']}"
        )
        for m in nodes(article["mentions"])
    )
    assert article["mentions"]["totalCount"] == 10
    assert mentioned == sorted(
        [
            "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur",
            "Kementerian Komunikasi dan Informatika",
            "KIM Kabupaten Paser",
            "KIM Kabupaten Kutai Kartanegara",
            "Muhammad Faisal",
            "8/2019",
            "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser",
            "64",
            "64.01",
            "64.02",
        ]
    )
    assert all(m["confirmed"] for m in nodes(article["mentions"]))
    assert article["quotes"]["totalCount"] == 3
    assert [q["position"] for q in nodes(article["quotes"])] == sorted(
        q["position"] for q in nodes(article["quotes"])
    )
    assert {q["person"]["fullName"] for q in nodes(article["quotes"])} == {"Muhammad Faisal"}
    assert nodes(article["events"]) == [
        {"title": "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser"}
    ]


async def test_region_tree(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ region(code: "64.01.04") { name level parent { code } ancestors { code name } }
             paser: region(code: "64.01") { children(first: 100) { totalCount edges { node {
               code } } } } }"""
    )
    region = data["region"]
    assert region["name"] == "Kecamatan Tanah Grogot"
    assert region["level"] == "DISTRICT"
    assert region["parent"] == {"code": "64.01"}
    assert region["ancestors"] == [
        {"code": "64", "name": "Provinsi Kalimantan Timur"},
        {"code": "64.01", "name": "Kabupaten Paser"},
    ]
    districts = [n["code"] for n in nodes(data["paser"]["children"])]
    assert districts[:10] == [f"64.01.{i:02d}" for i in range(1, 11)]


async def test_stakeholder_relations_and_events(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ stakeholders(filter: {search: "KIM Kabupaten Paser"}) { edges { node {
            name category region { code }
            incomingRelations { edges { node { kind source { name } evidence {
                article { title } event { title } } } } }
            events { edges { node { role event { title } } } }
        } } } }"""
    )
    kim = nodes(data["stakeholders"])[0]
    assert kim["name"] == "KIM Kabupaten Paser"
    assert kim["category"] == "KIM"
    assert kim["region"] == {"code": "64.01"}
    [relation] = nodes(kim["incomingRelations"])
    assert relation["kind"] == "PEMBINAAN"
    assert relation["source"]["name"] == (
        "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"
    )
    evidence = {
        (e["article"] or {}).get("title") or e["event"]["title"] for e in relation["evidence"]
    }
    assert evidence == {
        SEED_TITLE,
        "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser",
    }
    assert nodes(kim["events"]) == [
        {
            "role": "PARTICIPANT",
            "event": {"title": "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser"},
        }
    ]


async def test_event_speakers_participants_and_coverage(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ events(filter: {search: "Sosialisasi Pembinaan Komunitas Informasi Masyarakat"}) {
            edges { node { kind status datePrecision venue region { code }
              speakers { edges { node { mode person { fullName } } } }
              organisers { totalCount }
              participants { edges { node { name } } }
              articles { edges { node { title } } } } } } }"""
    )
    event = nodes(data["events"])[0]
    assert event["kind"] == "SOSIALISASI"
    assert event["status"] == "HELD"
    assert event["datePrecision"] == "APPROXIMATE"
    assert event["venue"] == "Pendopo Lou Bepekat"
    assert event["region"] == {"code": "64.01"}
    assert nodes(event["speakers"]) == [
        {"mode": "RECORDED_VIDEO", "person": {"fullName": "Muhammad Faisal"}}
    ]
    assert event["organisers"] == {"totalCount": 0}
    assert nodes(event["participants"]) == [{"name": "KIM Kabupaten Paser"}]
    assert nodes(event["articles"]) == [{"title": SEED_TITLE}]


async def test_regulation_affairs_and_replacement(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ regulations(filter: {kind: [PERMEN], yearFrom: 2019, yearTo: 2019}) { edges { node {
            number year status citation issuer { name }
            affairs(first: 20) { totalCount edges { node { position name } } }
            replacedBy { number year status replaces { edges { node { number year } } } }
        } } } }"""
    )
    regulation = nodes(data["regulations"])[0]
    assert (regulation["number"], regulation["year"]) == ("8", 2019)
    assert regulation["citation"] == "Peraturan Menteri Nomor 8 Tahun 2019"
    assert regulation["issuer"] == {"name": "Kementerian Komunikasi dan Informatika"}
    affairs = nodes(regulation["affairs"])
    assert regulation["affairs"]["totalCount"] == 11
    assert [a["position"] for a in affairs] == list(range(1, 12))
    assert "Kemitraan dengan Pemangku Kepentingan" in [a["name"] for a in affairs]
    replacement = regulation["replacedBy"]
    assert (replacement["number"], replacement["year"], replacement["status"]) == (
        "4",
        2024,
        "IN_FORCE",
    )
    assert {"number": "8", "year": 2019} in nodes(replacement["replaces"])


async def test_person_memberships_quotes_and_talks(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ people(filter: {search: "Muhammad Faisal"}) { edges { node {
            fullName isPublicFigure position
            memberships { edges { node { role isActive stakeholder { name } } } }
            quotes { totalCount }
            speaking { edges { node { mode event { title } } } } } } } }"""
    )
    faisal = nodes(data["people"])[0]
    assert faisal["isPublicFigure"] is True
    assert faisal["position"] == "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"
    assert [(m["role"], m["stakeholder"]["name"]) for m in nodes(faisal["memberships"])] == [
        ("kepala dinas", "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur")
    ]
    assert faisal["quotes"] == {"totalCount": 3}
    assert [s["mode"] for s in nodes(faisal["speaking"])] == ["RECORDED_VIDEO"]
