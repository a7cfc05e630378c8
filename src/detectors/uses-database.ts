import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import type { Matcher } from '../rules/schema.js';
import type { Finding } from '../types.js';
import { own } from './project-kind.js';
import type { Detector } from './types.js';

// Whether the project keeps data in a database: a driver or ORM its running code uses, or a schema or migrations
// it ships. Rules about schemas, data-access layers, indexes and query safety presuppose one. Only the shipped
// project counts: a benchmark harness, an example app or a docs page talking to a database (a micro-ORM's benchmarks
// against SQL Server) keep nothing of the project's own.

const DATABASE_SOURCES: Matcher[] = [
  { files: ['**/migrations/**/*.{sql,py,js,ts,go,rb,cs}', '**/db/migrate/*.rb', '**/alembic/versions/*.py', '**/schema.sql', '**/schema.prisma', '**/Migrations/*.cs', '**/resources/db/**/*.{sql,xml,yaml,yml}'] },
  { library: { npm: ['pg', 'mysql', 'mysql2', 'sqlite3', 'better-sqlite3', 'mongodb', 'mongoose', '@prisma/client', 'prisma', 'typeorm', 'sequelize', 'knex', 'drizzle-orm', '@mikro-orm/core', 'objection', 'kysely', 'oracledb', 'mssql', 'tedious', 'redis', 'ioredis', '@libsql/client'] } },
  { library: { pypi: ['sqlalchemy', 'psycopg2', 'psycopg2-binary', 'psycopg', 'pymysql', 'mysqlclient', 'asyncpg', 'pymongo', 'motor', 'peewee', 'tortoise-orm', 'sqlmodel', 'aiosqlite', 'databases', 'redis', 'django'] }, modules: ['sqlalchemy', 'psycopg2', 'psycopg', 'pymysql', 'MySQLdb', 'asyncpg', 'pymongo', 'motor', 'peewee', 'tortoise', 'sqlmodel', 'aiosqlite', 'databases', 'redis', 'sqlite3'] },
  { library: { go: ['gorm.io/gorm', 'github.com/jinzhu/gorm', 'github.com/jmoiron/sqlx', 'github.com/jackc/pgx/v5', 'github.com/jackc/pgx/v4', 'github.com/lib/pq', 'github.com/go-sql-driver/mysql', 'github.com/mattn/go-sqlite3', 'modernc.org/sqlite', 'go.mongodb.org/mongo-driver', 'entgo.io/ent', 'github.com/uptrace/bun', 'github.com/redis/go-redis/v9', 'go.etcd.io/bbolt', 'github.com/dgraph-io/badger/v4'] } },
  { text: '/\\bimport[ \\t]{1,4}"database\\/sql"|^[ \\t]{1,8}"database\\/sql"/', in: ['**/*.go', '!@tests'], message: 'uses database/sql' },
  { library: { maven: ['org.springframework.boot:spring-boot-starter-data-jpa', 'org.springframework.boot:spring-boot-starter-jdbc', 'org.springframework.boot:spring-boot-starter-data-mongodb', 'org.hibernate:hibernate-core', 'org.hibernate.orm:hibernate-core', 'org.mybatis:mybatis', 'org.jooq:jooq', 'org.mongodb:mongodb-driver-sync', 'org.postgresql:postgresql', 'com.mysql:mysql-connector-j'] }, use: '@Entity\\b|@Table\\b|JdbcTemplate|@Repository\\b|\\bDSLContext\\b|\\bMongoClient\\b|java\\.sql\\.' },
  { library: { gem: ['activerecord', 'rails', 'sequel', 'pg', 'mysql2', 'sqlite3', 'mongoid', 'redis'] } },
  { library: { nuget: ['Microsoft.EntityFrameworkCore', 'Microsoft.EntityFrameworkCore.SqlServer', 'Npgsql.EntityFrameworkCore.PostgreSQL', 'Npgsql', 'Dapper', 'MongoDB.Driver', 'Microsoft.Data.SqlClient', 'Microsoft.Data.Sqlite', 'StackExchange.Redis'] } },
  { library: { cargo: ['diesel', 'sqlx', 'sea-orm', 'rusqlite', 'tokio-postgres', 'postgres', 'mongodb', 'redis', 'sled', 'rocksdb'] } },
];

export const usesDatabase: Detector = {
  name: 'usesDatabase',
  question: 'Does the project keep data in a database: a driver or ORM its running code uses, or a schema or migrations it ships?',
  parseTokens: DATABASE_SOURCES.flatMap((m) => ('library' in m ? m.library.npm ?? [] : [])),
  textPatterns: DATABASE_SOURCES.flatMap((m) => textPatternsOf(m)),
  detect(evidence) {
    for (const matcher of DATABASE_SOURCES) {
      const found: Finding[] = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === 'strong' && own(f.file));
      // One sign of a database is enough to say the rule applies; the rest would only cost time.
      if (found.length) return found.slice(0, 3);
    }
    return [];
  },
};
