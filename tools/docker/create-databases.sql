-- One database per process of the distributed mode (start:distributed creates the same ones on the
-- development machine). Runs once, when the PostgreSQL volume is first initialised.
-- GENERATED from libs/platform/services by `npm run compose`.
CREATE DATABASE qinqing_gateway;
CREATE DATABASE qinqing_appeals;
CREATE DATABASE qinqing_service_centre;
CREATE DATABASE qinqing_liaison;
CREATE DATABASE qinqing_credit;
CREATE DATABASE qinqing_party_building;
