"""Pagination, ordering, filters, global ids and what anonymous callers may see."""

from datetime import UTC, datetime

from api.models import Article, ArticleStatus, Mention, Stakeholder
from tests.conftest import GraphQLClient
from tests.schema.test_seed_graph import nodes

PAGE = """query($first: Int, $after: String, $last: Int, $before: String) {
  stakeholders(first: $first, after: $after, last: $last, before: $before,
               orderBy: {field: NAME, direction: ASC}) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { name } } } }"""


async def test_cursor_pages_walk_the_whole_list(gql: GraphQLClient, orm: None) -> None:
    expected = [s.name for s in await Stakeholder.filter(deleted_at=None).order_by("name", "id")]
    seen: list[str] = []
    after = None
    while True:
        page = (await gql.data(PAGE, {"first": 7, "after": after}))["stakeholders"]
        assert page["totalCount"] == len(expected)
        seen += [n["name"] for n in nodes(page)]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == expected


async def test_last_and_before_page_backwards(gql: GraphQLClient, orm: None) -> None:
    expected = [s.name for s in await Stakeholder.filter(deleted_at=None).order_by("name", "id")]
    tail = (await gql.data(PAGE, {"last": 3}))["stakeholders"]
    assert [n["name"] for n in nodes(tail)] == expected[-3:]
    assert tail["pageInfo"]["hasPreviousPage"] is True
    before = await gql.data(PAGE, {"last": 2, "before": tail["pageInfo"]["startCursor"]})
    assert [n["name"] for n in nodes(before["stakeholders"])] == expected[-5:-3]


async def test_nested_last_pages_per_parent(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ regions(filter: {level: [REGENCY]}, first: 3) { edges { node { code
             children(last: 2) { totalCount edges { node { code } } } } } } }"""
    )
    for region in nodes(data["regions"]):
        codes = [n["code"] for n in nodes(region["children"])]
        assert codes == sorted(codes)
        assert len(codes) == min(2, region["children"]["totalCount"])


async def test_order_by_title_descending(gql: GraphQLClient) -> None:
    data = await gql.data(
        "{ articles(first: 50, orderBy: {field: TITLE, direction: DESC}) "
        "{ edges { node { title } } } }"
    )
    titles = [n["title"] for n in nodes(data["articles"])]
    assert titles == sorted(titles, reverse=True)


async def test_region_filter_includes_sub_regions(gql: GraphQLClient, orm: None) -> None:
    data = await gql.data(
        """{ all: stakeholders(filter: {region: "64"}, first: 100) { totalCount
               edges { node { region { code } } } }
             paser: stakeholders(filter: {region: "64.01"}) { totalCount }
             exact: region(code: "64.01") { stakeholders { totalCount } } }"""
    )
    codes = [n["region"]["code"] for n in nodes(data["all"])]
    assert codes
    assert all(code == "64" or code.startswith("64.") for code in codes)
    in_paser = await Stakeholder.filter(deleted_at=None, region__code__startswith="64.01").count()
    assert data["paser"]["totalCount"] == in_paser
    assert data["exact"]["stakeholders"]["totalCount"] <= in_paser


async def test_global_ids_round_trip(gql: GraphQLClient) -> None:
    data = await gql.data("{ stakeholders(first: 3) { edges { node { id name } } } }")
    listed = nodes(data["stakeholders"])
    ids = [n["id"] for n in listed]
    one = await gql.data(
        "query($id: ID!) { node(id: $id) { __typename ... on Stakeholder { name } } }",
        {"id": ids[0]},
    )
    assert one["node"] == {"__typename": "Stakeholder", "name": listed[0]["name"]}
    many = await gql.data(
        "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Stakeholder { name } } }",
        {"ids": list(reversed(ids))},
    )
    assert many["nodes"] == [{"name": n["name"]} for n in reversed(listed)]


async def test_anonymous_callers_see_published_articles_only(gql: GraphQLClient, orm: None) -> None:
    now = datetime.now(UTC)
    published = Article.filter(
        deleted_at=None, status=ArticleStatus.PUBLISHED, published_at__lte=now
    )
    assert await Article.exclude(status=ArticleStatus.PUBLISHED).count() > 0
    data = await gql.data(
        """{ all: articles { totalCount }
             drafts: articles(filter: {status: [DRAFT, IN_REVIEW]}) { totalCount } }"""
    )
    assert data["all"]["totalCount"] == await published.count()
    assert data["drafts"]["totalCount"] == 0

    stakeholder = await Stakeholder.filter(
        mentions__article__status__not=ArticleStatus.PUBLISHED
    ).first()
    assert stakeholder is not None
    visible = await Mention.filter(
        stakeholder_id=stakeholder.id,
        article__status=ArticleStatus.PUBLISHED,
        article__published_at__lte=now,
        article__deleted_at=None,
    ).count()
    assert visible < await Mention.filter(stakeholder_id=stakeholder.id).count()
    data = await gql.data(
        """query($slug: String!) { stakeholder(slug: $slug) {
             mentions { totalCount } articles { totalCount } } }""",
        {"slug": stakeholder.slug},
    )
    assert data["stakeholder"]["mentions"]["totalCount"] == visible
    assert data["stakeholder"]["articles"]["totalCount"] == visible
