import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  DIMENSION_ABBREVIATIONS,
  packageDetails,
  packageLabel,
  renderJson,
  renderJsonDocument,
  renderMarkdown,
  renderMonorepoTable
} from "./chunks/chunk-ZTFKQUFQ.js";
import {
  checkMonorepoTargets
} from "./chunks/chunk-VJ23EYNH.js";
import {
  CONFIG_LOCATIONS,
  loadConfig
} from "./chunks/chunk-BX2MB7ZE.js";
import {
  require_dist
} from "./chunks/chunk-XRICSXDT.js";
import {
  RequestError,
  require_tunnel,
  require_undici
} from "./chunks/chunk-KMFT7KY4.js";
import {
  FETCH_DEPTH_HINT,
  baseCommitOf,
  checkedOutCommit,
  checkoutOf,
  extractTree,
  gitPrefix,
  gradeBase,
  isCommitSha,
  isFolderAtCommit,
  readEvent,
  readFileAtCommit
} from "./chunks/chunk-W2KCR2XD.js";
import {
  codeRef,
  escapeMarkdown,
  inertInLog
} from "./chunks/chunk-YHONIGUT.js";
import {
  checkTargets,
  formatTargets,
  hasTargets,
  parseTargets,
  targetDimensions
} from "./chunks/chunk-VUFASWNF.js";
import {
  ConfigError,
  GradeError,
  UsageError
} from "./chunks/chunk-OO2RKC3Q.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-HROMACVF.js";
import "./chunks/chunk-XVDJ4SOE.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunks/chunk-AOC5QLPB.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-5DGXIFSJ.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises3;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises3 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises3)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/main.ts
import { mkdir as mkdir3, stat as stat2, writeFile as writeFile3 } from "node:fs/promises";
import path3 from "node:path";

// src/github/policy.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir as mkdir2, mkdtemp, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function resolvePolicy(options) {
  const { root, configFile, pullRequest } = options;
  const head = await loadConfig(root, configFile ? { file: configFile } : {});
  if (!pullRequest) return { config: head, info: { source: "checkout", ...fileOf(head) } };
  const base = await readBaseConfig(options);
  if (options.source === "head") {
    const other2 = base.kind === "read" && differs(base.config, head) ? { other: { config: base.config } } : {};
    return { config: head, info: { source: "head", ...options.headSha ? { sha: options.headSha } : {}, ...fileOf(head) }, ...other2 };
  }
  if (base.kind === "unavailable") {
    if (head) {
      throw new ConfigError(
        `the policy of a pull request is the base commit's configuration, and ${base.reason}; so ${head.displayName} (which this pull request may have changed) is not used. Check out the base commit too (actions/checkout with fetch-depth: 0), or set the input config-source: head to grade with the pull request's own configuration`
      );
    }
    return { config: void 0, info: { source: "base", note: `${base.reason}; the pull request has no configuration either, so none applies` } };
  }
  const other = differs(base.config, head) ? { other: { config: head } } : {};
  return { config: base.config, info: { source: "base", sha: base.sha, ...fileOf(base.config) }, ...other };
}
function fileOf(config) {
  return config ? { file: config.displayName } : {};
}
function differs(a, b) {
  return fingerprint(a) !== fingerprint(b);
}
function fingerprint(config) {
  if (!config) return "none";
  const { displayName, targets, ignore, monorepo } = config;
  return JSON.stringify({
    displayName,
    targets,
    ignore,
    monorepo,
    disabled: config.disabled.map(({ rule, reason: reason2 }) => [rule, reason2]),
    suppressions: config.suppressions.map(({ rule, paths, reason: reason2 }) => [rule, paths, reason2]),
    notApplicable: config.notApplicable.map(({ dimension, reason: reason2 }) => [dimension, reason2]),
    customRules: config.customRules.map(({ source, data }) => [source, data])
  });
}
async function readBaseConfig(options) {
  const { root, pullRequest } = options;
  if (!pullRequest?.baseSha) return { kind: "unavailable", reason: "the event does not name the base commit" };
  const prefix = await gitPrefix(root);
  if (prefix === void 0) return { kind: "unavailable", reason: "the graded folder is not a git checkout" };
  const sha = await baseCommitOf(root, pullRequest.baseSha, pullRequest.headSha);
  if (!sha) return { kind: "unavailable", reason: `the base commit ${pullRequest.baseSha.slice(0, 7)} is not in this checkout (a shallow clone)` };
  if (prefix && !await isFolderAtCommit(root, sha, prefix.replace(/\/$/, ""))) return { kind: "read", sha, config: void 0 };
  const dir = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), "levelgate-policy-"));
  const mirrorRoot = path.join(dir, prefix);
  await mkdir2(mirrorRoot, { recursive: true });
  const fromTop = (abs) => path.relative(dir, abs).split(path.sep).join("/");
  const copy = async (abs) => {
    const content = await readFileAtCommit(root, sha, fromTop(abs));
    if (!content) return false;
    await mkdir2(path.dirname(abs), { recursive: true });
    await writeFile2(abs, content);
    return true;
  };
  try {
    let explicit;
    let found;
    if (options.configFile) {
      const top = path.resolve(root, ...Array(prefix.split("/").filter(Boolean).length).fill(".."));
      const relative = path.relative(top, path.resolve(options.configFile));
      if (relative.startsWith("..") || path.isAbsolute(relative)) {
        explicit = options.configFile;
      } else {
        const mirrored = path.join(dir, relative);
        if (!await copy(mirrored)) return { kind: "read", sha, config: void 0 };
        explicit = found = mirrored;
      }
    } else {
      for (const name of CONFIG_LOCATIONS) if (await copy(path.join(mirrorRoot, name)) && !found) found = path.join(mirrorRoot, name);
      if (!found) return { kind: "read", sha, config: void 0 };
    }
    if (found) await copyRulePacks(found, mirrorRoot, dir, root, sha);
    const config = await loadConfig(mirrorRoot, explicit ? { file: explicit } : {}).catch((error2) => {
      if (error2 instanceof ConfigError) throw new ConfigError(`base commit ${sha.slice(0, 7)}: ${error2.message.split(dir + path.sep).join("")}`);
      throw error2;
    });
    if (config && found && !isInside(mirrorRoot, found)) config.displayName = fromTop(found);
    return { kind: "read", sha, config };
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}
async function copyRulePacks(configFile, mirrorRoot, dir, root, sha) {
  let packs;
  try {
    const { readFile } = await import("node:fs/promises");
    packs = (0, import_yaml.parse)(await readFile(configFile, "utf8"), { maxAliasCount: 100 })?.rulePacks;
  } catch {
    return;
  }
  if (!Array.isArray(packs)) return;
  const packBase = isInside(mirrorRoot, configFile) ? mirrorRoot : path.dirname(configFile);
  for (const pack of packs.slice(0, 100)) {
    if (typeof pack !== "string" || !pack) continue;
    const target = path.resolve(packBase, pack);
    if (!isInside(dir, target) || target === dir) continue;
    const fromTop = path.relative(dir, target).split(path.sep).join("/");
    if (await isFolderAtCommit(root, sha, fromTop)) {
      const checkout = await checkoutOf(root);
      if (!checkout) continue;
      await mkdir2(target, { recursive: true });
      await extractTree(checkout, sha, fromTop, target);
    } else {
      const content = await readFileAtCommit(root, sha, fromTop);
      if (content) {
        await mkdir2(path.dirname(target), { recursive: true });
        await writeFile2(target, content);
      }
    }
  }
}
function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function effectiveTargets(input, config) {
  if (hasTargets(input)) return input;
  return config?.targets ?? { dimensions: {} };
}
function briefVerdict(report, packages, targets) {
  if (!hasTargets(targets)) return { level: report.level };
  const passed = packages ? checkMonorepoTargets({ whole: report, packages }, targets).passed : checkTargets(report, targets).passed;
  return { level: report.level, passed };
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info3) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info3.retryCount + 1;
    if (maxRetries > info3.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path4) => path4.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info3) {
      const [state2, request, options] = info3.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// src/github/redact.ts
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value) return;
  setSecret(value);
  if (value.length < 8) return;
  for (const form of /* @__PURE__ */ new Set([value, encodeURIComponent(value), Buffer.from(`x-access-token:${value}`).toString("base64"), ...base64Cores(value)])) {
    if (form.length < 8) continue;
    if (form !== value) setSecret(form);
    secrets.add(form);
  }
}
function base64Cores(value) {
  const bytes2 = Buffer.from(value);
  const cores = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes2]).toString("base64");
    const start = shift === 0 ? 0 : 4;
    const end = (shift + bytes2.length) % 3 === 0 ? encoded.length : encoded.length - 4;
    if (end - start >= 8) cores.push(encoded.slice(start, end));
  }
  return cores;
}
function redact(text) {
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join("***");
  return text;
}

// src/github/client.ts
var MAX_RATE_LIMIT_WAIT_SECONDS = 90;
var RATE_LIMIT_RETRIES = 2;
var REQUEST_TIMEOUT_MS = 3e4;
var DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
function apiBaseUrl(env = process.env) {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
function retryBaseMs(env = process.env) {
  const value = Number(env.LEVELGATE_RETRY_BASE_MS);
  return env.LEVELGATE_RETRY_BASE_MS && Number.isFinite(value) && value >= 0 && value <= 1e3 ? value : 1e3;
}
async function createClient(token, baseUrl = apiBaseUrl()) {
  const { getOctokit } = await import("./chunks/github-OAQZQR75.js");
  const client = getOctokit(
    token,
    {
      baseUrl,
      userAgent: "levelgate-action",
      log: { debug: () => {
      }, info: () => {
      }, warn: (m) => debug(m), error: (m) => debug(m) },
      retry: { retries: 3, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: retryBaseMs() },
      throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false }
    },
    wholeAnswers,
    retry,
    throttling
  );
  client.hook.wrap("request", async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error2) {
        const wait = rateLimitWait(error2);
        if (wait === void 0 || attempt >= RATE_LIMIT_RETRIES || wait > MAX_RATE_LIMIT_WAIT_SECONDS) throw error2;
        info(`levelgate: GitHub rate limit on ${describeRequest(options)}; retrying in ${wait} s`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1e3));
      }
    }
  });
  return client;
}
function rateLimitWait(error2, now = Date.now()) {
  const status = httpStatus(error2);
  if (status !== 403 && status !== 429) return void 0;
  const headers = error2.response?.headers ?? {};
  const retryAfter = headers["retry-after"];
  if (retryAfter !== void 0 && retryAfter !== "") {
    const seconds = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : Math.ceil((Date.parse(retryAfter) - now) / 1e3);
    if (Number.isFinite(seconds)) return Math.max(seconds, 0);
  }
  if (headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) && reset > 0 ? Math.max(Math.ceil(reset - now / 1e3) + 1, 0) : 60;
  }
  if (/\bsecondary rate\b/i.test(error2.message ?? "")) return 60;
  return status === 429 ? 60 : void 0;
}
function wholeAnswers(octokit, options) {
  const inner = options.request?.fetch ?? globalThis.fetch;
  const whole = async (url, init) => {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await inner(url, { ...init, signal });
      const nullBody = [101, 204, 205, 304].includes(response.status);
      const body = nullBody ? null : await response.arrayBuffer();
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      Object.defineProperty(copy, "url", { value: response.url });
      return copy;
    } catch (error2) {
      if (timeout.aborted) throw new TypeError("fetch failed", { cause: `no answer within ${REQUEST_TIMEOUT_MS / 1e3} s` });
      throw error2;
    }
  };
  octokit.hook.wrap("request", async (request, opts) => {
    opts.request = { ...opts.request, fetch: whole };
    const retryCount = Number(opts.request.retryCount ?? 0);
    if (retryCount > 0) info(`levelgate: retrying ${describeRequest(opts)} (retry ${retryCount})`);
    try {
      return await request(opts);
    } catch (error2) {
      debug(redact(`${describeRequest(opts)} failed: ${String(error2.message).split("\n")[0]}`));
      throw error2;
    }
  });
  return {};
}
function describeRequest(options) {
  let url = String(options.url ?? "");
  try {
    url = new URL(url).pathname;
  } catch {
  }
  return `${options.method ?? "GET"} ${url}`;
}
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}

// src/github/delta.ts
function compareReports(head, base) {
  const dimensions = DIMENSIONS.map((dimension) => {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) return { dimension, head: h?.level ?? 0, base: b?.level, change: "not-compared" };
    return { dimension, head: h.level, base: b.level, change: changeOf(h.level, b.level) };
  });
  return {
    overall: { head: head.level, base: base.level, change: changeOf(head.level, base.level) },
    dimensions,
    regressions: dimensions.filter((d) => d.change === "down")
  };
}
function changeOf(head, base) {
  return head > base ? "up" : head < base ? "down" : "same";
}
function compareMonorepo(head, base) {
  const whole = compareReports(head.whole, base.whole);
  const baseByPath = new Map(base.packages.map((p) => [p.path, p.report]));
  const headPaths = new Set(head.packages.map((p) => p.path));
  const packages = /* @__PURE__ */ new Map();
  const regressions = regressionsOf("", whole);
  for (const p of head.packages) {
    const b = baseByPath.get(p.path);
    if (!b) {
      packages.set(p.path, { kind: "new" });
      continue;
    }
    const delta = compareReports(p.report, b);
    packages.set(p.path, { kind: "compared", delta });
    regressions.push(...regressionsOf(p.path, delta));
  }
  const removed = base.packages.filter((p) => !headPaths.has(p.path)).map((p) => ({ path: p.path, level: p.report.level }));
  return { whole, packages, removed, regressions };
}
function regressionsOf(pkg, delta) {
  const out = delta.regressions.map((r) => ({ package: pkg, scope: r.dimension, base: r.base, head: r.head }));
  if (out.length === 0 && delta.overall.change === "down") out.push({ package: pkg, scope: "overall", base: delta.overall.base, head: delta.overall.head });
  return out;
}

// src/github/inputs.ts
import path2 from "node:path";
function readInputs(workspace) {
  const resolve = (p) => p ? path2.resolve(workspace, p) : "";
  const token = getInput("github-token");
  registerSecret(token);
  const targetSpec = getMultilineInput("target").join(" ").trim();
  let targets;
  try {
    targets = parseTargets(targetSpec ? [targetSpec] : []);
  } catch (error2) {
    throw new UsageError(`input "target": ${error2.message}`);
  }
  const comment = (getInput("comment") || "auto").toLowerCase();
  if (comment !== "auto" && comment !== "always" && comment !== "never") {
    throw new UsageError(`input "comment": "${comment}" is not one of auto, always, never`);
  }
  const prText = getInput("pr-number").replace(/^#/, "");
  let prNumber;
  if (prText) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) throw new UsageError(`input "pr-number": "${prText}" is not a pull request number`);
    prNumber = Number(prText);
  }
  const commentKey = getInput("comment-key");
  if (commentKey && !/^[A-Za-z0-9._/-]{1,64}$/.test(commentKey)) {
    throw new UsageError(`input "comment-key": use up to 64 letters, digits, ".", "_", "/" or "-"`);
  }
  const monorepo = (getInput("monorepo") || "auto").toLowerCase();
  if (monorepo !== "auto" && monorepo !== "true" && monorepo !== "false") {
    throw new UsageError(`input "monorepo": "${monorepo}" is not one of auto, true, false`);
  }
  const configSource = (getInput("config-source") || "base").toLowerCase();
  if (configSource !== "base" && configSource !== "head") {
    throw new UsageError(`input "config-source": "${configSource}" is not one of base, head`);
  }
  return {
    path: resolve(getInput("path") || "."),
    targetSpec,
    targets,
    comment,
    token,
    config: resolve(getInput("config")) || void 0,
    failOnRegression: readBoolean("fail-on-regression"),
    reportFile: resolve(getInput("report-file")) || void 0,
    outputFile: resolve(getInput("output-file")) || void 0,
    badgeFile: resolve(getInput("badge-file")) || void 0,
    sarifFile: resolve(getInput("sarif-file")) || void 0,
    prNumber,
    commentKey,
    monorepo,
    configSource,
    allowConfigToRelaxSecrets: readBoolean("allow-config-to-relax-secrets")
  };
}
function readBoolean(name) {
  const value = getInput(name).toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new UsageError(`input "${name}": "${value}" is not true or false`);
}

// src/github/report-output.ts
var REPORT_OUTPUT_LIMIT_BYTES = 1e6;
var bytes = (text) => Buffer.byteLength(text);
function boundReportOutput(json, limit = REPORT_OUTPUT_LIMIT_BYTES) {
  if (bytes(json) <= limit) return json;
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return JSON.stringify({ truncated: "the report was too large for a step output; use the output-file input" });
  }
  const note = (what) => `${what} were left out: the whole report (${bytes(json)} bytes) exceeds GitHub's 1 MiB limit for a step output; set the output-file input for all of it`;
  const withoutFindings = JSON.stringify({ ...withoutKey(doc, "findings"), truncated: note("findings (evidence)") });
  if (bytes(withoutFindings) <= limit) return withoutFindings;
  const levelsOnly = JSON.stringify({ ...levelsOf(doc), truncated: note("rules and findings") });
  if (bytes(levelsOnly) <= limit) return levelsOnly;
  const top = doc;
  return JSON.stringify({ schemaVersion: top.schemaVersion, level: top.level, truncated: note("everything but the overall level") });
}
function withoutKey(value, key) {
  return JSON.parse(JSON.stringify(value, (k, v) => k === key ? Array.isArray(v) ? [] : void 0 : v));
}
function levelsOf(doc) {
  const top = doc;
  const dimensionLevels = (dims) => Object.fromEntries(Object.entries(dims ?? {}).map(([d, r]) => [d, { level: r?.level, ...r?.notApplicable ? { notApplicable: true } : {} }]));
  const out = { schemaVersion: top.schemaVersion, tool: top.tool, level: top.level };
  if (top.dimensions) out.dimensions = dimensionLevels(top.dimensions);
  for (const key of ["whole", "packages"]) {
    const part = top[key];
    if (key === "whole" && part && typeof part === "object") out.whole = { level: part.level, dimensions: dimensionLevels(part.dimensions) };
    if (key === "packages" && Array.isArray(part)) {
      out.packages = part.map((p) => ({ path: p.path, level: p.level ?? p.report?.level }));
    }
  }
  return out;
}

// src/github/sinks.ts
function setOutputs(outputs) {
  setOutput("level", outputs.level);
  setOutput("passed", String(outputs.passed));
  setOutput("regressed", String(outputs.regressed));
  setOutput("report", boundReportOutput(outputs.report));
  if (outputs.commentUrl) setOutput("comment-url", outputs.commentUrl);
  if (outputs.outputFile) setOutput("output-file", outputs.outputFile);
}
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("no GITHUB_STEP_SUMMARY: the job summary is not written");
    return false;
  }
  try {
    await summary.addRaw(markdown, true).write();
    return true;
  } catch (error2) {
    warning(`levelgate could not write the job summary: ${error2.message.split("\n")[0]}`);
    return false;
  }
}
function info2(line) {
  info(inertInLog(line));
}
function logReport(report) {
  info2(`levelgate: ${LEVEL_NAMES[report.level]}`);
  for (const d of DIMENSIONS) {
    const r = report.dimensions[d];
    info2(`  ${d.padEnd(14)} ${r.notApplicable ? "not applicable" : LEVEL_NAMES[r.level]}`);
  }
}
function logMonorepo(result) {
  logReport(result.whole);
  info2(`levelgate: ${result.packages.length} package${result.packages.length === 1 ? "" : "s"}`);
  const width = Math.min(48, Math.max(7, ...result.packages.map((p) => p.path.length)));
  for (const p of result.packages) {
    const levels = DIMENSIONS.map((d) => `${d.slice(0, 4)} ${p.report.dimensions[d].notApplicable ? "n/a" : `L${p.report.dimensions[d].level}`}`).join("  ");
    info2(`  ${p.path.padEnd(width)}  L${p.report.level}   ${levels}`);
  }
}

// src/github/sticky.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function tokenAuthor(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (error2) {
    if (httpStatus(error2) === 403) return { login: ACTIONS_BOT_LOGIN };
    throw error2;
  }
}
function writtenBy(comment, author) {
  if (author.id !== void 0) return comment.user?.id === author.id;
  return typeof comment.user?.login === "string" && comment.user.login.toLowerCase() === author.login.toLowerCase();
}
async function findMarkedComments(client, target, author) {
  const found = [];
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of iterator) {
    for (const c of page.data) {
      if (typeof c.body === "string" && c.body.trimStart().startsWith(target.marker)) found.push(c);
    }
  }
  if (found.length === 0 || !author) return found;
  const me = await author();
  return found.filter((c) => writtenBy(c, me));
}
async function upsertComment(client, target, body) {
  const { owner, repo } = target;
  let who;
  const author = () => who ??= tokenAuthor(client);
  const existing = await findMarkedComments(client, target, author);
  const [first, ...rest] = existing;
  if (!first) return createComment(client, target, body, author);
  let action = "unchanged";
  let url = first.html_url;
  if (first.body !== body) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
    action = "updated";
    url = data.html_url;
  }
  for (const extra of rest) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
    } catch {
    }
  }
  return { action, id: first.id, url };
}
async function createComment(client, target, body, author) {
  const { owner, repo } = target;
  const post = async (retries) => {
    const { data: data2 } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body,
      ...retries === void 0 ? {} : { request: { retries } }
    });
    return { action: "created", id: data2.id, url: data2.html_url };
  };
  try {
    return await post(0);
  } catch (error2) {
    const status = error2.status;
    if (typeof status !== "number" || status < 500) throw error2;
  }
  const [made] = await findMarkedComments(client, target, author);
  if (!made) return post();
  if (made.body === body) return { action: "created", id: made.id, url: made.html_url };
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
  return { action: "created", id: made.id, url: data.html_url };
}

// src/report/configuration.ts
var COMMENT_CONFIG_ENTRIES = 15;
var SUMMARY_CONFIG_ENTRIES = 500;
var REASON_CHARS = 200;
function briefText(verdict) {
  const level = `L${verdict.level}`;
  return verdict.passed === void 0 ? level : `${verdict.passed ? "\u2705" : "\u274C"} ${level}`;
}
function configChangeCallout(policy) {
  const change = policy?.change;
  if (!change) return [];
  const same = change.applied.level === change.other.level && change.applied.passed === change.other.passed;
  if (policy.source === "head") {
    const line2 = `This pull request changes levelgate's configuration, and \`config-source: head\` applies it: with it (what counts): ${briefText(change.applied)}, without it (the base commit's): ${briefText(change.other)}.`;
    return ["> [!IMPORTANT]", `> ${line2}`];
  }
  const line = same ? `This pull request changes levelgate's configuration; the verdict is the same with it (${briefText(change.other)}). It counts once merged.` : `This pull request changes levelgate's configuration; with it: ${briefText(change.other)}, without it (what counts until merge): ${briefText(change.applied)}.`;
  return [same ? "> [!NOTE]" : "> [!IMPORTANT]", `> ${line}`];
}
function configurationSection(config, report, policy, maxEntries) {
  const showPolicy = policy !== void 0 && policy.source !== "checkout";
  if (!showPolicy && !shapes(config)) return [];
  const out = ["### Configuration", ""];
  out.push(policyLine(policy, config), "");
  if (!config) return out;
  const list = (title2, items, line) => {
    if (!items.length) return;
    out.push(`**${title2}**`, "");
    for (const item of items.slice(0, maxEntries)) out.push(`- ${line(item)}`);
    if (items.length > maxEntries) out.push(`- \u2026and ${items.length - maxEntries} more (the JSON report lists them all)`);
    out.push("");
  };
  list("Not applied (the operator's limits)", config.overruled ?? [], (o) => `${codeRef(o.entry)}: ${reason(o.reason)}`);
  list("Not applicable (left out of the overall level and of every target)", config.notApplicable, (n) => `${n.dimension}: ${reason(n.reason)}`);
  list("Disabled rules (reported as not applicable)", config.disabled, (d) => `${codeRef(d.rule)}: ${reason(d.reason)}`);
  list("Suppressed findings", config.suppressed, (s) => `${codeRef(s.rule)} in ${s.paths.slice(0, 5).map(codeRef).join(", ")}${s.paths.length > 5 ? ", \u2026" : ""}: ${reason(s.reason)}`);
  list("Custom rules", config.customRules, (r) => `${codeRef(r.id)} (custom, ${escapeMarkdown(r.source)}): L${r.level} ${r.dimension}, ${r.role === "required" ? "required for its level" : "an extra alternative of its level"}; ${customStatus(report, r.id)}`);
  if (config.ignore.length) {
    const shown = config.ignore.slice(0, maxEntries).map(codeRef).join(", ");
    const more = config.ignore.length > maxEntries ? ` and ${config.ignore.length - maxEntries} more` : "";
    const scanned = config.ignoreScannedForSecrets ? " (left out of the grade, still scanned for committed secrets)" : " (left out of the grade)";
    out.push(`**Ignored paths**${scanned}: ${shown}${more}`, "");
  }
  return out;
}
function policyLine(policy, config) {
  const file = policy?.file ?? config?.file;
  const named = file ? codeRef(file) : "no configuration file (the defaults)";
  const at = policy?.sha ? ` ${codeRef(policy.sha.slice(0, 7))}` : "";
  const note = policy?.note ? ` ${escapeMarkdown(policy.note)}.` : "";
  switch (policy?.source) {
    case "base":
      return `Policy: ${named} of the base commit${at}; a pull request's changes to it count once merged.${note}`;
    case "head":
      return `Policy: ${named} of this pull request${at} (\`config-source: head\`: the pull request's own configuration decides).`;
    default:
      return `Graded with ${named}.`;
  }
}
function shapes(config) {
  return !!config && (!!config.file || config.ignore.length > 0 || config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || (config.overruled?.length ?? 0) > 0);
}
function reason(text) {
  return escapeMarkdown(text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS)}\u2026` : text);
}
function customStatus(report, id) {
  const dimension = id.split(".")[0];
  const rule = report.dimensions[dimension]?.rules.find((r) => r.id === id);
  if (!rule) return "not evaluated";
  return rule.status === "met" ? "met" : rule.status === "missing" ? "missing" : "not applicable";
}

// src/report/comment.ts
var COMMENT_MARKER = "<!-- levelgate:report -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_LIMIT_BYTES = 1e6;
function markerFor(key = "") {
  return key ? `<!-- levelgate:report:${key} -->` : COMMENT_MARKER;
}
var STAGES = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5 }
];
function composeComment(input, options = {}) {
  const renderDetails = options.renderDetails ?? renderMarkdown;
  const check = hasTargets(input.targets) ? checkTargets(input.report, input.targets) : void 0;
  const delta = input.base.kind === "graded" ? compareReports(input.report, input.base.report) : void 0;
  const above = aboveTheFold(input, input.report, options);
  return fitToLimit(STAGES, (stage) => compose(input, { check, delta }, renderDetails, stage, above), options, input.runUrl);
}
function aboveTheFold(input, report, options) {
  const top = [];
  if (input.checkoutIsBase) {
    const base = input.headSha ? ` (${shortSha(input.headSha)})` : "";
    top.push("> [!WARNING]", `> This report grades the **base branch**${base}, not the pull request: under \`pull_request_target\`, \`actions/checkout\` checks out the base unless given \`ref: \${{ github.event.pull_request.head.sha }}\`.`, "");
  }
  const change = configChangeCallout(input.policy);
  if (change.length) top.push(...change, "");
  const configuration = configurationSection(report.config, report, input.policy, options.configEntries ?? (options.limit === void 0 ? COMMENT_CONFIG_ENTRIES : SUMMARY_CONFIG_ENTRIES));
  return { top, configuration };
}
function fitToLimit(stages, render, options, runUrl) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s) => s.length);
  let text = "";
  for (const [i, stage] of stages.entries()) {
    text = render({ ...stage, trimmed: i > 0 });
    if (measure(text) <= limit) return text;
  }
  return hardCut(text, limit, measure, runUrl);
}
function compose(input, { check, delta }, renderDetails, stage, above) {
  const { report, targets } = input;
  const out = [];
  if (input.marker) out.push(input.marker);
  out.push(headline(input, check, delta), "");
  out.push(contextLine(input), "");
  out.push(...above.top);
  if (delta?.regressions.length) out.push(regressionLine(delta.regressions, input.failOnRegression), "");
  if (input.base.kind === "unavailable") out.push(...baseUnavailable(input.base), "");
  out.push(...table(report, targets, delta), "");
  if (check && check.failures.length) out.push(...missingSection(check.failures, stage.missingPerScope), "");
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), "");
  if (stage.details) {
    const shown = stage.findingsPerRule === Infinity ? report : capFindings(report, stage.findingsPerRule);
    out.push("<details>", "<summary><b>Full report</b>: rules met and missing, next steps, evidence</summary>", "");
    out.push(renderDetails(shown, { heading: false, evidence: stage.findingsPerRule > 0 }).trim(), "", "</details>", "");
  }
  out.push(footer(input.runUrl));
  return out.join("\n") + "\n";
}
function headline(input, check, delta) {
  const level = levelName(input.report.level);
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : "levelgate";
  const blockingRegression = input.failOnRegression && delta && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## \u274C ${name}: ${level}, lowered by this pull request` : `## ${name}: ${level}`;
  const target = targetText(input.targets);
  if (!check.passed) return `## \u274C ${name}: ${level}, below target (${target})`;
  if (blockingRegression) return `## \u274C ${name}: ${level}, meets target (${target}) but lowered by this pull request`;
  return `## \u2705 ${name}: ${level}, meets target (${target})`;
}
var RESULT_FILE_ORIGIN = "as reported by the pull request's own workflow run (its result file; not graded by this job)";
function contextLine(input) {
  const parts = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === "graded") parts.push(`compared with base ${shortSha(input.base.sha)}`);
  const tool = input.report.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function regressionLine(regressions, failOnRegression) {
  const list = regressions.map((r) => `**${title(r.dimension)}** from L${r.base} to L${r.head}`).join(", ");
  const consequence = failOnRegression ? " The build fails because `fail-on-regression` is on." : "";
  return `> [!WARNING]
> This pull request lowers ${list}.${consequence}`;
}
function baseUnavailable(base) {
  const which2 = base.sha ? `The base commit ${shortSha(base.sha)}` : "The base commit";
  const lines = [`> [!NOTE]`, `> ${which2} was not graded: ${escapeMarkdown(base.reason)}. This comment shows no change against the base branch.`];
  if (base.hint) lines.push(`> ${base.hint}`);
  return lines;
}
var BAR_WIDTH = 2;
function bar(level) {
  return "`" + "\u2588".repeat(level * BAR_WIDTH) + "\u2591".repeat((4 - level) * BAR_WIDTH) + "`";
}
function table(report, targets, delta) {
  const withTarget = hasTargets(targets);
  const header = ["Dimension", "Level", ""];
  if (delta) header.push("Change vs base");
  if (withTarget) header.push("Target");
  const rows = [row(header), row(header.map(() => ":--"))];
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const cells = [title(d)];
    if (result.notApplicable) {
      cells.push("`" + "\xB7".repeat(4 * BAR_WIDTH) + "`", "not applicable");
    } else {
      cells.push(bar(result.level), levelName(result.level));
    }
    if (delta) cells.push(changeText(delta.dimensions.find((x) => x.dimension === d)));
    if (withTarget) cells.push(result.notApplicable ? "\u2014" : targetCell(result.level, targets.dimensions[d] ?? targets.overall));
    rows.push(row(cells));
  }
  const overall = ["**Overall**", bar(report.level), `**${levelName(report.level)}**`];
  if (delta) overall.push(changeText({ dimension: "functionality", ...delta.overall }));
  if (withTarget) overall.push(targetCell(report.level, targets.overall));
  rows.push(row(overall));
  return rows;
}
function changeText(d) {
  if (!d || d.change === "not-compared" || d.base === void 0) return "\u2014";
  if (d.change === "up") return `\u2B06\uFE0F up from L${d.base}`;
  if (d.change === "down") return `\u2B07\uFE0F **down from L${d.base}**`;
  return "no change";
}
function targetCell(level, target) {
  if (target === void 0) return "\u2014";
  return level >= target ? `\u2705 L${target}` : `\u274C L${target}`;
}
function missingSection(failures, perScope) {
  const out = ["### Missing for the target", ""];
  for (const f of failures) {
    const scope = f.scope === "overall" ? "Overall" : title(f.scope);
    out.push(`**${scope}** is L${f.actual}, target L${f.target}${f.missing.length ? ":" : "."}`);
    for (const m of f.missing.slice(0, perScope)) out.push(`- ${missingItem(m)}`);
    if (f.missing.length > perScope) out.push(`- \u2026and ${f.missing.length - perScope} more in the job summary`);
    out.push("");
  }
  return out;
}
function missingItem(text) {
  const colon = text.indexOf(": ");
  const id = colon > 0 ? text.slice(0, colon) : "";
  if (id && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id)) {
    const url = ruleDocsUrl(id);
    return `${url ? `[\`${id}\`](${url})` : `\`${id}\``}: ${escapeMarkdown(text.slice(colon + 2))}`;
  }
  return escapeMarkdown(text);
}
function trimNote(runUrl, stage) {
  const what = stage.details ? stage.findingsPerRule > 0 ? "Evidence is shortened" : "Evidence is left out" : "The detailed report is left out";
  const where = runUrl ? `the [job summary](${runUrl})` : "the job summary of this workflow run";
  return `> [!NOTE]
> ${what} to fit GitHub's comment size limit; the full report is in ${where}.`;
}
function footer(runUrl) {
  const summary2 = runUrl ? ` \xB7 [job summary](${runUrl})` : "";
  return `<sub>levelgate updates this comment on every push${summary2}</sub>`;
}
function hardCut(text, limit, measure, runUrl) {
  const note = `

${trimNote(runUrl, { findingsPerRule: 0, details: false, missingPerScope: 0, trimmed: true })}
`;
  let lines = text.split("\n");
  while (lines.length > 1 && measure(lines.join("\n") + note) > limit) lines = lines.slice(0, Math.max(1, Math.floor(lines.length * 0.9)));
  let cut = lines.join("\n");
  while (cut.length > 0 && measure(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}
function capFindings(report, perRule) {
  const dimensions = { ...report.dimensions };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    dimensions[d] = { ...result, rules: result.rules.map((r) => ({ ...r, findings: r.findings.slice(0, perRule) })) };
  }
  return { ...report, dimensions };
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function title(d) {
  return d.charAt(0).toUpperCase() + d.slice(1);
}
function levelName(level) {
  return LEVEL_NAMES[level] ?? `L${level}`;
}
function shortSha(sha) {
  return /^[0-9a-f]{7,64}$/.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeMarkdown(sha);
}
function targetText(targets) {
  const parts = [];
  if (targets.overall !== void 0) parts.push(`L${targets.overall}`);
  for (const d of DIMENSIONS) {
    const t = targets.dimensions[d];
    if (t !== void 0) parts.push(`${d} L${t}`);
  }
  return parts.join(", ");
}
var MONOREPO_STAGES = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 2, missingPackages: 10 },
  { findingsPerRule: 0, details: false, missingPerScope: 0, missingPackages: 0 }
];
function composeMonorepoComment(input, options = {}) {
  const check = hasTargets(input.targets) ? checkMonorepoTargets(input.result, input.targets) : void 0;
  const delta = monorepoDelta(input.result, input.base);
  const above = aboveTheFold(input, input.result.whole, options);
  return fitToLimit(MONOREPO_STAGES, (stage) => composeMonorepo(input, { check, delta }, stage, above), options, input.runUrl);
}
function monorepoDelta(result, base) {
  if (base.kind !== "graded") return void 0;
  return compareMonorepo(result, { whole: base.report, packages: base.packages ?? [] });
}
function composeMonorepo(input, { check, delta }, stage, above) {
  const { result, targets } = input;
  const perPackage = input.base.kind === "graded" && input.base.packages !== void 0;
  const out = [];
  if (input.marker) out.push(input.marker);
  out.push(monorepoHeadline(input, check, delta), "");
  out.push(monorepoContext(input), "");
  out.push(...above.top);
  if (delta?.regressions.length) out.push(monorepoRegressionLine(delta.regressions, input.failOnRegression), "");
  if (input.base.kind === "unavailable") out.push(...baseUnavailable(input.base), "");
  out.push(...monorepoTable(result, targets, check?.failures, delta, perPackage), "");
  if (delta && perPackage && delta.removed.length) out.push(removedLine(delta.removed), "");
  if (check && check.failures.length) out.push(...monorepoMissing(check.failures, stage), "");
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), "");
  if (stage.details) {
    const detail = stage.findingsPerRule > 0 ? "evidence" : "rules";
    const cap = (r) => stage.findingsPerRule === Infinity ? r : capFindings(r, stage.findingsPerRule);
    out.push("<details>", "<summary><b>Full report</b>: each package\u2019s rules met and missing, next steps, evidence</summary>", "");
    out.push(packageDetails("whole repository", cap(result.whole), targets, detail).trim(), "");
    for (const p of result.packages) out.push(packageDetails(packageLabel(p), cap(p.report), targets, detail).trim(), "");
    out.push("</details>", "");
  }
  out.push(footer(input.runUrl));
  return out.join("\n") + "\n";
}
function monorepoHeadline(input, check, delta) {
  const count = input.result.packages.length;
  const what = `${levelName(input.result.whole.level)} overall, ${count} package${count === 1 ? "" : "s"}`;
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : "levelgate";
  const blockingRegression = input.failOnRegression && delta !== void 0 && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## \u274C ${name}: ${what}, lowered by this pull request` : `## ${name}: ${what}`;
  const target = targetText(input.targets);
  if (!check.passed) return `## \u274C ${name}: ${what}, below target (${target}): ${failingScopes(check.failures)}`;
  if (blockingRegression) return `## \u274C ${name}: ${what}, all meet target (${target}) but lowered by this pull request`;
  return `## \u2705 ${name}: ${what}, all meet target (${target})`;
}
function failingScopes(failures) {
  const packages = new Set(failures.map((f) => f.package));
  const whole = packages.delete("");
  const parts = [];
  if (whole) parts.push("the whole repository");
  if (packages.size) parts.push(`${packages.size} package${packages.size === 1 ? "" : "s"}`);
  return parts.join(" and ");
}
function monorepoContext(input) {
  const parts = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === "graded") parts.push(`compared with base ${shortSha(input.base.sha)}`);
  if (input.result.discovery) parts.push(`packages found from ${escapeMarkdown(input.result.discovery)}`);
  const tool = input.result.whole.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
var REGRESSIONS_SHOWN = 10;
function monorepoRegressionLine(regressions, failOnRegression) {
  const list = regressions.slice(0, REGRESSIONS_SHOWN).map((r) => `${r.package ? codeRef(r.package) : "the whole repository"}: **${r.scope === "overall" ? "Overall" : title(r.scope)}** from L${r.base} to L${r.head}`);
  if (regressions.length > REGRESSIONS_SHOWN) list.push(`and ${regressions.length - REGRESSIONS_SHOWN} more`);
  const consequence = failOnRegression ? " The build fails because `fail-on-regression` is on." : "";
  return `> [!WARNING]
> This pull request lowers ${list.join("; ")}.${consequence}`;
}
function monorepoTable(result, targets, failures, delta, perPackage) {
  const columns = [];
  if (failures) {
    const failing = new Set(failures.map((f) => f.package));
    columns.push({ header: "Target", cell: (pkg) => failing.has(pkg) ? "\u274C" : "\u2705" });
  }
  if (delta) {
    columns.push({
      header: "Change vs base",
      cell: (pkg) => {
        if (pkg === "") return packageChangeText(delta.whole);
        if (!perPackage) return "\u2014";
        const change = delta.packages.get(pkg);
        if (!change) return "\u2014";
        return change.kind === "new" ? "\u{1F195} new" : packageChangeText(change.delta);
      }
    });
  }
  return renderMonorepoTable(result, targets, columns);
}
function packageChangeText(delta) {
  const { overall } = delta;
  const down = delta.dimensions.filter((d) => d.change === "down").map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const up = delta.dimensions.filter((d) => d.change === "up").map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const parts = [];
  if (overall.change === "up") parts.push(`\u2B06\uFE0F L${overall.base}\u2192L${overall.head}`);
  else if (overall.change === "down") parts.push(`\u2B07\uFE0F **L${overall.base}\u2192L${overall.head}**`);
  if (down.length) parts.push(`${overall.change === "down" ? "" : "\u2B07\uFE0F "}**${down.join(", ")}** lower`.trim());
  if (up.length) parts.push(`${overall.change === "up" ? "" : "\u2B06\uFE0F "}${up.join(", ")} higher`.trim());
  return parts.length ? parts.join("; ") : "no change";
}
var REMOVED_SHOWN = 20;
function removedLine(removed) {
  const list = removed.slice(0, REMOVED_SHOWN).map((r) => `${codeRef(r.path)} (was L${r.level})`);
  if (removed.length > REMOVED_SHOWN) list.push(`and ${removed.length - REMOVED_SHOWN} more`);
  return `Removed since the base commit: ${list.join(", ")}.`;
}
function monorepoMissing(failures, stage) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const f of failures) byPackage.set(f.package, [...byPackage.get(f.package) ?? [], f]);
  const out = ["### Missing for the target", ""];
  let shown = 0;
  for (const [pkg, list] of byPackage) {
    if (shown >= stage.missingPackages) break;
    shown++;
    const where = pkg ? codeRef(pkg) : "The whole repository";
    const scopes = list.map((f) => `${f.scope === "overall" ? "overall" : title(f.scope)} L${f.actual} (target L${f.target})`).join(", ");
    out.push(`**${where}**: ${scopes}`);
    if (stage.missingPerScope > 0) {
      for (const f of list) {
        const items = f.missing.slice(0, stage.missingPerScope);
        for (const m of items) out.push(`- ${f.scope === "overall" ? "" : `${title(f.scope)}: `}${missingItem(m)}`);
        if (f.missing.length > items.length) out.push(`- ${title(f.scope)}: \u2026and ${f.missing.length - items.length} more in the job summary`);
      }
    }
    out.push("");
  }
  if (byPackage.size > shown) out.push(`\u2026and ${byPackage.size - shown} more package${byPackage.size - shown === 1 ? "" : "s"} below target: see the table and the job summary.`, "");
  return out;
}

// src/main.ts
var FORK_DOCS = "https://github.com/levelgate/levelgate#pull-requests-from-forks";
async function run() {
  try {
    await main();
  } catch (error2) {
    const known = error2 instanceof UsageError || error2 instanceof GradeError || error2 instanceof ConfigError;
    setFailed(redact(`levelgate: ${known ? "" : "unexpected error: "}${oneLine(error2)}`));
  }
}
async function main() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs(workspace);
  const event = readEvent();
  const posting = inputs.reportFile !== void 0;
  const result = posting ? await loadResult(inputs) : await gradeHere(inputs, event);
  const targets = inputs.targetSpec ? inputs.targets : targetsFrom(result.target);
  const verdict = result.packages ? monorepoVerdict(result, targets, inputs, event.runUrl) : singleVerdict(result, targets, inputs, event.runUrl);
  if (inputs.outputFile) {
    await (await import("./chunks/result-file-ZRUGDXNV.js")).writeResultFile(inputs.outputFile, result);
    info(`levelgate: result written to ${inputs.outputFile}`);
  }
  await writeBadgeAndSarif(inputs, result, targets);
  await writeSummary(redact(verdict.compose({ limit: SUMMARY_LIMIT_BYTES, measure: (s) => Buffer.byteLength(s) })));
  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : void 0);
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, () => redact(verdict.compose({}, markerFor(inputs.commentKey))));
  setOutputs({
    level: `L${result.report.level}`,
    passed: verdict.passed,
    regressed: verdict.regressed,
    report: verdict.json,
    commentUrl,
    outputFile: inputs.outputFile
  });
  if (posting) {
    if (!verdict.passed) info("levelgate: below target; this run only posts the report (the grading run is the check that fails)");
    return;
  }
  if (verdict.problems.length) {
    const shown = verdict.problems.slice(0, MAX_PROBLEM_LINES);
    if (verdict.problems.length > shown.length) shown.push(`\u2026and ${verdict.problems.length - shown.length} more; see the job summary`);
    setFailed(`levelgate: ${verdict.headline}
${shown.map((p) => `- ${p}`).join("\n")}`);
  }
}
async function writeBadgeAndSarif(inputs, result, targets) {
  const write = async (file, text, what, output) => {
    await mkdir3(path3.dirname(file), { recursive: true });
    await writeFile3(file, text);
    setOutput(output, file);
    info(`levelgate: ${what} written to ${file}`);
  };
  if (inputs.badgeFile) await write(inputs.badgeFile, (await import("./chunks/badge-UCUEFZP7.js")).renderBadgeSvg(result.report.level), "badge", "badge-file");
  if (inputs.sarifFile) {
    const graded = result.packages ? { whole: result.report, packages: result.packages, discovery: result.discovery ?? "manifests" } : result.report;
    const sarif = (await import("./chunks/sarif-LM2I5QGF.js")).renderSarif(graded, hasTargets(targets) ? { targets } : {});
    await write(inputs.sarifFile, sarif, "SARIF", "sarif-file");
  }
}
var MAX_PROBLEM_LINES = 60;
function failureLine(f) {
  return f.scope === "overall" ? `overall level is L${f.actual}, below the target L${f.target}` : `${f.scope} is L${f.actual}, below its target L${f.target}${f.missing.length ? `; missing: ${f.missing.join("; ")}` : ""}`;
}
function singleVerdict(result, targets, inputs, runUrl) {
  const report = result.report;
  logReport(report);
  const check = hasTargets(targets) ? checkTargets(report, targets) : { passed: true, failures: [] };
  const delta = result.base.kind === "graded" ? compareReports(report, result.base.report) : void 0;
  const regressions = delta?.regressions ?? [];
  const problems = check.failures.map(failureLine);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput = {
    report,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || void 0,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase
  };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJson(report),
    headline: LEVEL_NAMES[report.level],
    problems,
    compose: (options, marker) => composeComment(marker ? { ...commentInput, marker } : commentInput, options)
  };
}
function monorepoVerdict(result, targets, inputs, runUrl) {
  const monorepo = { whole: result.report, packages: result.packages ?? [], discovery: result.discovery ?? "manifests" };
  logMonorepo(monorepo);
  const check = hasTargets(targets) ? checkMonorepoTargets(monorepo, targets) : { passed: true, failures: [] };
  const delta = monorepoDelta(monorepo, result.base);
  const regressions = delta?.regressions ?? [];
  const where = (pkg) => pkg ? `${pkg}: ` : "the whole repository: ";
  const problems = check.failures.map((f) => `${where(f.package)}${failureLine(f)}`);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`${where(r.package)}this pull request lowers ${r.scope === "overall" ? "the overall level" : r.scope} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput = {
    result: monorepo,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || void 0,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase
  };
  const count = monorepo.packages.length;
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJsonDocument(monorepo),
    headline: `whole repository ${LEVEL_NAMES[monorepo.whole.level]}, ${count} package${count === 1 ? "" : "s"}`,
    problems,
    compose: (options, marker) => composeMonorepoComment(marker ? { ...commentInput, marker } : commentInput, options)
  };
}
async function gradeHere(inputs, event) {
  const info3 = await stat2(inputs.path).catch(() => void 0);
  if (!info3?.isDirectory()) throw new GradeError(`input "path": ${inputs.path} is not a directory in the workspace`);
  if (inputs.config && !(await stat2(inputs.config).catch(() => void 0))?.isFile()) {
    throw new ConfigError(`input "config": ${inputs.config} is not a file`);
  }
  const { grade } = await import("./chunks/engine-AIRIQM6W.js");
  const { gradeMonorepo } = await import("./chunks/grade-YGW5YBR7.js");
  const pr = event.pullRequest;
  const checkedOut = pr ? await checkedOutCommit(inputs.path) : void 0;
  const checkoutIsBase = event.name === "pull_request_target" && !!pr && !!checkedOut && checkedOut !== pr.headSha && (checkedOut === pr.baseSha || checkedOut === process.env.GITHUB_SHA);
  if (checkoutIsBase) warning(`levelgate: ${CHECKOUT_IS_BASE}`);
  const headSha = checkoutIsBase ? checkedOut : pr?.headSha ?? (isCommitSha(process.env.GITHUB_SHA ?? "") ? process.env.GITHUB_SHA : void 0);
  const policy = await resolvePolicy({ root: inputs.path, configFile: inputs.config, source: inputs.configSource, pullRequest: pr, headSha });
  const limits = { targetDimensions: targetDimensions(inputs.targets), allowConfigToRelaxSecrets: inputs.allowConfigToRelaxSecrets };
  logPolicy(policy, inputs.configSource);
  const monorepoWith = (config) => inputs.monorepo === "auto" ? config?.monorepo?.enabled === true : inputs.monorepo === "true";
  const optionsWith = (config) => ({ onProgress: (m) => debug(m), config: config ?? false, limits });
  const targets = effectiveTargets(inputs.targets, policy.config);
  const common = { levelgate: "action-result", version: 1, pullRequest: pr?.number, headSha, target: hasTargets(targets) ? formatTargets(targets) : void 0 };
  const baseOptions = policy.info.source === "base" ? optionsWith(policy.config) : { onProgress: (m) => debug(m), limits, ...inputs.config ? { config: inputs.config } : {} };
  let result;
  if (monorepoWith(policy.config)) {
    const head = await group2(`Grading ${inputs.path} as a monorepo`, () => gradeMonorepo(inputs.path, optionsWith(policy.config)));
    info(`levelgate: monorepo mode, ${head.packages.length} packages found from ${head.discovery}`);
    const graded = checkoutIsBase ? baseIsCheckout(pr) : await baseOf(inputs, pr, (dir) => gradeMonorepo(dir, baseOptions));
    const base = graded.kind === "graded" ? { kind: "graded", sha: graded.sha, report: graded.report.whole, packages: graded.report.packages } : graded;
    result = { ...common, report: head.whole, base, packages: head.packages, discovery: head.discovery };
  } else {
    const report = await group2(`Grading ${inputs.path}`, () => grade(inputs.path, optionsWith(policy.config)));
    result = { ...common, report, base: checkoutIsBase ? baseIsCheckout(pr) : await baseOf(inputs, pr, (dir) => grade(dir, baseOptions)) };
  }
  let change;
  if (policy.other) {
    const other = policy.other.config;
    const otherTargets = effectiveTargets(inputs.targets, other);
    const alternative = await group2(
      "Grading with the other configuration",
      async () => monorepoWith(other) ? ((m) => briefVerdict(m.whole, m.packages, otherTargets))(await gradeMonorepo(inputs.path, optionsWith(other))) : briefVerdict(await grade(inputs.path, optionsWith(other)), void 0, otherTargets)
    );
    change = { applied: briefVerdict(result.report, result.packages, targets), other: alternative };
  }
  return { ...result, policy: { ...policy.info, ...change ? { change } : {} }, ...checkoutIsBase ? { checkoutIsBase } : {} };
}
var CHECKOUT_IS_BASE = 'the checkout is the base branch, not the pull request: under pull_request_target, actions/checkout checks out the base unless given "ref: ${{ github.event.pull_request.head.sha }}". The report grades the base branch';
function baseIsCheckout(pr) {
  return { kind: "unavailable", ...pr.baseSha ? { sha: pr.baseSha } : {}, reason: "the checkout is the base branch itself (pull_request_target)" };
}
function logPolicy(policy, source) {
  const { info: info3 } = policy;
  const file = info3.file ?? "no configuration file";
  if (info3.source === "checkout") info(`levelgate: configuration: ${file}`);
  else if (info3.source === "base") info(`levelgate: configuration (the policy) from the base commit${info3.sha ? ` ${info3.sha.slice(0, 7)}` : ""}: ${file}${info3.note ? ` (${info3.note})` : ""}`);
  else info(`levelgate: configuration from the pull request itself (config-source: ${source}): ${file}`);
  if (policy.other) notice(`levelgate: this pull request changes levelgate's configuration; ${info3.source === "base" ? "it counts only once merged" : "config-source: head applies it now"}`);
}
async function baseOf(inputs, pr, gradeDir) {
  if (!pr) return { kind: "none" };
  if (!pr.baseSha) return { kind: "unavailable", reason: "the event does not name it", hint: FETCH_DEPTH_HINT };
  const baseSha = pr.baseSha;
  const base = await group2(
    `Grading the base commit ${baseSha.slice(0, 7)}`,
    () => gradeBase({ root: inputs.path, baseSha, headSha: pr.headSha, grade: gradeDir })
  );
  if (base.kind === "unavailable") notice(`levelgate: the base commit was not graded: ${base.reason}. ${base.hint ?? ""}`.trim());
  return base;
}
async function loadResult(inputs) {
  const result = await (await import("./chunks/result-file-ZRUGDXNV.js")).readResultFile(inputs.reportFile);
  info(`levelgate: posting the result from ${inputs.reportFile}`);
  return result;
}
function targetsFrom(spec) {
  if (!spec) return { dimensions: {} };
  try {
    return parseTargets([spec]);
  } catch (error2) {
    warning(`levelgate: the report file's target "${spec}" is ignored: ${error2.message}`);
    return { dimensions: {} };
  }
}
async function maybeComment(inputs, event, prNumber, posting, result, body) {
  if (inputs.comment === "never") return void 0;
  if (!prNumber) {
    info(`levelgate: no pull request for this ${event.name || "run"} event; the report is in the job summary`);
    return void 0;
  }
  if (!event.repo) {
    warning("levelgate: GITHUB_REPOSITORY is not set; cannot comment");
    return void 0;
  }
  if (event.pullRequest?.closed && event.pullRequest.number === prNumber) {
    notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
    return void 0;
  }
  if (!posting && inputs.comment === "auto" && event.pullRequest?.fromFork) {
    notice(
      `levelgate: pull request #${prNumber} comes from a fork, whose workflow token cannot comment; the report is in the job summary. To comment on fork pull requests, use the two-workflow pattern: ${FORK_DOCS}`
    );
    return void 0;
  }
  if (!inputs.token) {
    warning("levelgate: no github-token; the report is in the job summary only");
    return void 0;
  }
  const client = await createClient(inputs.token);
  const { owner, repo } = event.repo;
  try {
    const expectedHead = event.name === "workflow_run" ? event.workflowRunHeadSha : event.pullRequest?.headSha ?? result.headSha;
    const numberFromPayload = event.pullRequest?.number === prNumber || inputs.prNumber === prNumber;
    if (expectedHead) {
      const current = await currentHead(client, owner, repo, prNumber);
      if ("error" in current && !numberFromPayload) {
        warning(redact(`levelgate: pull request #${prNumber} could not be read, so the report is not posted: ${describeFailure(current.error, prNumber)}`));
        return void 0;
      }
      if ("sha" in current && current.closed) {
        notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
        return void 0;
      }
      if ("sha" in current && current.sha !== expectedHead) {
        const why = numberFromPayload ? "a newer commit was pushed since; its run will update the comment" : "the report is for another commit";
        notice(`levelgate: pull request #${prNumber} is at ${current.sha.slice(0, 7)}, not ${expectedHead.slice(0, 7)}: ${why}`);
        return void 0;
      }
    }
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body());
    info(`levelgate: comment ${done.action} on pull request #${prNumber}: ${done.url}`);
    return done.url;
  } catch (error2) {
    warning(redact(`levelgate: ${describeFailure(error2, prNumber)}. The report is in the job summary.`));
    return void 0;
  }
}
function describeFailure(error2, prNumber) {
  const status = httpStatus(error2);
  const said = oneLine(error2).replace(/ - https:\/\/docs\.github\.com\S*$/, "");
  const answered = error2.response !== void 0;
  const wait = rateLimitWait(error2);
  if (wait !== void 0) {
    return wait > MAX_RATE_LIMIT_WAIT_SECONDS ? `GitHub's rate limit for this token is used up (HTTP ${status}: ${said}); it resets in ${wait} s, longer than levelgate waits (${MAX_RATE_LIMIT_WAIT_SECONDS} s)` : `GitHub's rate limit for this token was still reached after waiting (HTTP ${status}: ${said})`;
  }
  switch (status) {
    case 401:
      return `the github-token was refused (HTTP 401: ${said}). Check the github-token input: the token is expired, revoked, or an empty secret`;
    case 403:
      return `the token may not comment on pull request #${prNumber} (HTTP 403: ${said}). Give the job "permissions: pull-requests: write"; for pull requests from forks use the two-workflow pattern: ${FORK_DOCS}`;
    case 404:
      return `pull request #${prNumber} was not found, or the token cannot see it (HTTP 404: ${said}). Check pr-number and that the token has access to this repository`;
    case 422:
      return `GitHub refused the comment on pull request #${prNumber} (HTTP 422: ${said})`;
  }
  if (status !== void 0 && status >= 500) {
    return answered ? `GitHub's API failed on pull request #${prNumber}'s comment, also on retrying (HTTP ${status}: ${said})` : `the connection to GitHub's API failed, also on retrying (${said})`;
  }
  return `commenting on pull request #${prNumber} failed (${status ? `HTTP ${status}: ` : ""}${said})`;
}
async function currentHead(client, owner, repo, pull) {
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull });
    return { sha: data.head.sha, closed: data.state === "closed" };
  } catch (error2) {
    debug(redact(`reading pull request #${pull} failed: ${oneLine(error2)}`));
    return { error: error2 };
  }
}
async function group2(name, fn) {
  return group(name, fn);
}
function oneLine(error2) {
  if (error2 instanceof UsageError || error2 instanceof GradeError || error2 instanceof ConfigError) return error2.message.split("\n")[0];
  const message = error2 instanceof Error ? error2.message : String(error2);
  return message.split("\n")[0].slice(0, 500);
}

// src/index.ts
await run();
