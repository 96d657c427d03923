// Every unit test gets a fresh in-memory IndexedDB (see db/ tests).
import 'fake-indexeddb/auto';
