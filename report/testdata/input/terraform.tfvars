# Values for the fixture.

acl = "public-read"
